import type { SearchTypes } from "@medusajs/framework/types"
import { search } from "@medusajs/framework/utils"
import { STOP_WORDS, SYNONYMS } from "./relevance-settings"

/** The fields of the product search index and what each can do (src/search/product.ts defines the index). */
const price = () => search.float().filterable().sortable().facetable()

export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  // Weights: a word of the title beats one of the description.
  title: search.text().searchable({ weight: 10 }).sortable(),
  skus: search.keyword().array().searchable({ weight: 8 }),
  category_names: search.text().array().searchable({ weight: 5 }),
  collection: search.text().searchable({ weight: 5 }),
  tags: search.text().array().searchable({ weight: 5 }),
  option_values: search.text().array().searchable({ weight: 5 }),
  origin: search.text().searchable({ weight: 2 }),
  materials: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  // Read by Medusa's POST /store/search to show only published products of the key's sales channels.
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  category_ids: search.keyword().array().filterable().facetable(),
  colours: search.keyword().array().filterable().facetable(),
  /** Stock locations (warehouse, stores) where a variant can be sold now. */
  in_stock_location_ids: search.keyword().array().filterable().facetable(),
  /** The listing price (sales and price lists included) per currency, and the price before them. */
  prices: search.object({ eur: price(), gbp: price() }),
  original_prices: search.object({ eur: search.float(), gbp: search.float() }),
  created_at: search.date().sortable(),
})

/** Typo budget for every provider; synonyms and stop words for ours (Meilisearch's settings are derived from them). */
export const PRODUCT_INDEX_SETTINGS: SearchTypes.SearchIndexSettings = {
  // Meilisearch's default is 5/9; gift names are full of four-letter words ("hart" for "heart").
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
  provider_options: {
    embedded: { synonyms: SYNONYMS, stop_words: STOP_WORDS },
    meilisearch: { synonyms: SYNONYMS, stop_words: STOP_WORDS },
  },
}
