import type { SearchTypes } from "@medusajs/framework/types"
import { leafFields, searchableWeights } from "../../engine/fields"
import type { RelevanceProviderOptions } from "../../engine/relevance"

/**
 * Meilisearch index settings derived from the index definition: searchable
 * attributes in weight order (Meilisearch ranks by attribute order, not by
 * weight), filterable (facets must be filterable too) and sortable attributes,
 * synonyms and stop words from `provider_options.meilisearch`, typo sizes from
 * `typo_tolerance`. Ranking puts `sort` first so an explicit sort wins, as on
 * the embedded provider.
 */
export function meilisearchSettings(definition: SearchTypes.ResolvedSearchIndexDefinition) {
  const leaves = leafFields(definition.fields)
  const own = (definition.settings?.provider_options?.meilisearch ?? {}) as RelevanceProviderOptions
  const synonyms: Record<string, string[]> = {}
  for (const group of own.synonyms ?? []) for (const word of group) synonyms[word] = group.filter((other) => other !== word)
  const typo = definition.settings?.typo_tolerance
  return {
    searchableAttributes: searchableWeights(definition.fields)
      .sort((a, b) => b[1] - a[1])
      .map(([path]) => path),
    filterableAttributes: leaves.filter(({ field }) => field.filterable || field.facetable).map(({ path }) => path),
    sortableAttributes: leaves.filter(({ field }) => field.sortable).map(({ path }) => path),
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    synonyms,
    stopWords: own.stop_words ?? [],
    typoTolerance: {
      enabled: typo?.enabled !== false,
      minWordSizeForTypos: { oneTypo: typo?.min_word_size_for_one_typo ?? 5, twoTypos: typo?.min_word_size_for_two_typos ?? 9 },
      ...(typo?.disabled_on_attributes?.length && { disableOnAttributes: typo.disabled_on_attributes }),
    },
    faceting: { maxValuesPerFacet: 100 },
  }
}
