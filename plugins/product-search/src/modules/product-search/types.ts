/**
 * The search contract shared by every engine, the module service, the Store
 * API route and the storefront. Amounts are in the currency's main unit, as
 * Medusa stores them (12.5 = €12.50).
 */

/** One product as search sees it: flattened, denormalised, engine-neutral. */
export type SearchDocument = {
  id: string
  handle: string
  title: string
  description: string
  thumbnail: string | null
  categories: { id: string; name: string }[]
  collection: string | null
  tags: string[]
  /** Option title in lower case ("colour") → the values its variants take. */
  options: Record<string, string[]>
  skus: string[]
  /** Lowest variant price per lower-case currency code. */
  prices: Record<string, number>
  /** Stock locations where at least one variant can be sold now. */
  in_stock_locations: { id: string; name: string }[]
  origin: string | null
  materials: string | null
  sales_channel_ids: string[]
  /** ISO date, for "newest first". */
  created_at: string
}

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "title_asc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export type SearchFilters = {
  category_ids?: string[]
  price_min?: number
  price_max?: number
  /** Currency of price_min/price_max, price sorting, hit prices and the price facet. */
  currency?: string
  in_stock_at_location_id?: string
  options?: { colour?: string[] }
  /** Set by the Store API from the publishable key: only products sold there. */
  sales_channel_ids?: string[]
}

export type SearchQuery = {
  q: string
  filters?: SearchFilters
  sort?: SearchSort
  /** 1-based. */
  page?: number
  limit?: number
}

export type SearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  categories: { id: string; name: string }[]
  colours: string[]
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
  /** HTML-escaped text with matched words wrapped in <mark>; safe to render as HTML. */
  highlight: { title: string; description: string }
}

export type FacetValue = { value: string; label: string; count: number }
export type PriceRangeFacetValue = FacetValue & { min: number; max: number | null }

export type SearchFacets = {
  category: FacetValue[]
  colour: FacetValue[]
  /** Empty unless a currency is given. */
  price_range: PriceRangeFacetValue[]
  /** In-stock counts per stock location (warehouse and stores). */
  availability: FacetValue[]
}

export type SearchResult = {
  hits: SearchHit[]
  total: number
  page: number
  limit: number
  facets: SearchFacets
  /** A corrected query when words of `q` were not found as typed. */
  did_you_mean?: string
  /** Which engine answered ("embedded" or "meilisearch"). */
  engine: string
}

export type SearchStatus = {
  engine: string
  configured_engine: string
  document_count: number
  last_synced_at: string | null
  meilisearch?: { host: string; healthy: boolean }
}

/** What an engine must do; the module service adds persistence and failover. */
export interface SearchEngine {
  readonly name: string
  index(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResult>
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100
