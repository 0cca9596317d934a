/**
 * The answer of GET /store/search: what the storefront's search page and
 * suggestions read. Amounts are in the currency's main unit, as Medusa stores them.
 */
export type FacetValue = { value: string; label: string; count: number }
export type PriceRangeFacetValue = FacetValue & { min: number; max: number | null }

export type StoreSearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  categories: { id: string; name: string }[]
  colours: string[]
  /** The listing price in the requested currency (sales and price lists included, as listings show it). */
  price: { amount: number; currency_code: string } | null
  /** The price before a sale or price list, when the shopper pays less than it. */
  original_price: { amount: number; currency_code: string } | null
  in_stock: boolean
  /** HTML-escaped text with matched words wrapped in <mark>; safe to render as HTML. */
  highlight: { title: string; description: string }
}

export type StoreSearchResult = {
  hits: StoreSearchHit[]
  total: number
  page: number
  limit: number
  /** Disjunctive: each facet counts as if its own selection were not made, so other values stay visible. */
  facets: { category: FacetValue[]; colour: FacetValue[]; price_range: PriceRangeFacetValue[]; availability: FacetValue[] }
  /** A corrected query when words of `q` were not found as typed. */
  did_you_mean?: string
  /** The provider that answered ("embedded" or "meilisearch"). */
  engine: string
}
