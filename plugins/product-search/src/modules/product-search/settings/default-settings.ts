/**
 * Relevance settings both engines read: synonyms, stop words, typo budget and
 * price buckets. Override any of them with a JSON file named by the plugin
 * option `settingsFile` (see load-settings.ts).
 */
export type SearchSettings = {
  /** Meilisearch index uid. */
  indexName: string
  /** Each group lists words that mean the same thing to a shopper. */
  synonyms: string[][]
  stopWords: string[]
  /** Words at least this long tolerate one typo, or two (Meilisearch's minWordSizeForTypos). */
  minWordSizeForTypos: { oneTypo: number; twoTypos: number }
  /** Upper bounds of the price facet's buckets; the last bucket is open-ended. */
  priceBucketBounds: number[]
}

export const DEFAULT_SEARCH_SETTINGS: SearchSettings = {
  indexName: "products",
  synonyms: [
    ["tlight", "tealight"],
    ["mug", "cup"],
    ["colour", "color"],
    ["grey", "gray"],
    ["bag", "tote"],
    ["christmas", "xmas", "festive"],
    ["lantern", "lamp"],
    ["heart", "love"],
  ],
  stopWords: ["a", "an", "and", "the", "of", "for", "with", "in", "on", "to", "de", "la", "le", "et"],
  // Meilisearch's default is 5/9; gift names are full of four-letter words ("hart" for "heart").
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  priceBucketBounds: [5, 10, 20, 50],
}
