/**
 * What search knows about the catalogue's language, handed to every provider
 * through the index definition (`settings.provider_options`): synonyms and stop
 * words; typo sizes go in `settings.typo_tolerance`.
 */
export const SYNONYMS: string[][] = [
  ["tlight", "tealight"],
  ["mug", "cup"],
  ["colour", "color"],
  ["grey", "gray"],
  ["bag", "tote"],
  ["christmas", "xmas", "festive"],
  ["lantern", "lamp"],
  ["heart", "love"],
]

export const STOP_WORDS = ["a", "an", "and", "the", "of", "for", "with", "in", "on", "to", "de", "la", "le", "et"]

/** Upper bounds of the price facet's buckets; the last bucket is open-ended. */
export const PRICE_BUCKET_BOUNDS = [5, 10, 20, 50]
