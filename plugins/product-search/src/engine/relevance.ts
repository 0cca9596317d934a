import type { SearchTypes } from "@medusajs/framework/types"
import type { RelevanceSettings } from "./term-matcher"

/** Synonyms and stop words as an index definition carries them for our providers (`settings.provider_options.<provider>`). */
export type RelevanceProviderOptions = { synonyms?: string[][]; stop_words?: string[] }

// Meilisearch's default is 5/9; gift names are full of four-letter words ("hart" for "heart").
const DEFAULT_TYPO_SIZES = { oneTypo: 4, twoTypos: 8 }

/** The matcher's settings from a resolved definition: typo sizes from `typo_tolerance`, the rest from the provider's options. */
export function relevanceOf(definition: Pick<SearchTypes.SearchIndexDefinition, "settings">, providerId: string): RelevanceSettings {
  const settings = definition.settings ?? {}
  const own = (settings.provider_options?.[providerId] ?? {}) as RelevanceProviderOptions
  const typo = settings.typo_tolerance
  const enabled = typo?.enabled !== false
  return {
    synonyms: own.synonyms ?? [],
    stopWords: own.stop_words ?? [],
    minWordSizeForTypos: enabled
      ? { oneTypo: typo?.min_word_size_for_one_typo ?? DEFAULT_TYPO_SIZES.oneTypo, twoTypos: typo?.min_word_size_for_two_typos ?? DEFAULT_TYPO_SIZES.twoTypos }
      : { oneTypo: Infinity, twoTypos: Infinity },
  }
}
