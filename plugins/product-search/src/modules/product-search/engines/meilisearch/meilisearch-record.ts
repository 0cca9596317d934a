import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import type { SearchSettings } from "../../settings/default-settings"
import type { SearchDocument } from "../../types"
import { coloursOf } from "../shared/colour"

/** A document as stored in Meilisearch: the document itself plus flat fields to filter, facet and sort on. */
export type MeilisearchRecord = SearchDocument & {
  category_ids: string[]
  category_names: string[]
  option_values: string[]
  colours: string[]
  /** Lower case: filters compare colours whatever their case, as the embedded engine does. */
  colour_keys: string[]
  in_stock_location_ids: string[]
  /** "id|label": Meilisearch facets count values only, so the label rides along. */
  facet_category: string[]
  facet_availability: string[]
  created_at_ts: number
}

export const FACET_SEPARATOR = "|"

export function toRecord(document: SearchDocument): MeilisearchRecord {
  const colours = coloursOf(document.options)
  return {
    ...document,
    category_ids: document.categories.map((category) => category.id),
    category_names: document.categories.map((category) => category.name),
    option_values: Object.values(document.options).flat(),
    colours,
    colour_keys: colours.map((colour) => colour.toLowerCase()),
    in_stock_location_ids: document.in_stock_locations.map((location) => location.id),
    facet_category: document.categories.map(({ id, name }) => `${id}${FACET_SEPARATOR}${name}`),
    facet_availability: document.in_stock_locations.map(({ id, name }) => `${id}${FACET_SEPARATOR}${name}`),
    created_at_ts: Date.parse(document.created_at),
  }
}

/** Index settings from the shared relevance settings. */
export function indexSettings(settings: SearchSettings): Settings {
  const synonyms: Record<string, string[]> = {}
  for (const group of settings.synonyms) for (const word of group) synonyms[word] = group.filter((other) => other !== word)
  return {
    searchableAttributes: ["title", "skus", "category_names", "collection", "tags", "option_values", "materials", "origin", "description"],
    // Facets must be filterable too.
    filterableAttributes: [
      "category_ids",
      "prices",
      "colour_keys",
      "in_stock_location_ids",
      "sales_channel_ids",
      "facet_category",
      "colours",
      "facet_availability",
    ],
    sortableAttributes: ["prices", "title", "created_at_ts"],
    // "sort" first: a shopper who asks for a price order gets it, as with the embedded engine.
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    synonyms,
    stopWords: settings.stopWords,
    typoTolerance: { enabled: true, minWordSizeForTypos: settings.minWordSizeForTypos },
    faceting: { maxValuesPerFacet: 100 },
  }
}
