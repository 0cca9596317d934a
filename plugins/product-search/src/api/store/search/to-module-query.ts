import type { SearchTypes } from "@medusajs/framework/types"
import { MARK_END, MARK_START } from "../../../engine/highlight-markup"
import { PRICE_BUCKET_BOUNDS } from "../../../lib/relevance-settings"
import type { StoreSearchParamsType } from "./validators"

export const PRODUCT_INDEX = "product"
export const SNIPPET_WORDS = 24

/** The price facet's buckets: bounds [5, 10] → "0-5", "5-10", "10-" (the last one open-ended). */
export const PRICE_BUCKETS = [0, ...PRICE_BUCKET_BOUNDS].map((min, i, edges) => {
  const max = edges[i + 1] ?? null
  return { value: `${min}-${max ?? ""}`, label: max === null ? `${min}+` : `${min}–${max}`, min, max }
})

export const HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "category_ids",
  "category_names",
  "colours",
  "in_stock_location_ids",
  "prices.eur",
  "prices.gbp",
  "original_prices.eur",
  "original_prices.gbp",
]

const ORDERS: Record<StoreSearchParamsType["sort"], (currency?: string) => Record<string, SearchTypes.SearchOrderBy> | undefined> = {
  relevance: () => undefined,
  price_asc: (currency) => (currency ? { [`prices.${currency}`]: "ASC" } : undefined),
  price_desc: (currency) => (currency ? { [`prices.${currency}`]: "DESC" } : undefined),
  title_asc: () => ({ title: "ASC" }),
  newest: () => ({ created_at: "DESC" }),
}

/** The Search Module query for validated Store API parameters, limited to published products of the key's sales channels. */
export function toModuleQuery(params: StoreSearchParamsType, salesChannelIds: string[] = []): SearchTypes.SearchQuery {
  const { currency } = params
  const filters: SearchTypes.SearchFilters = { status: "published" }
  if (params.q) filters.q = params.q
  if (salesChannelIds.length) filters.sales_channel_ids = { $in: salesChannelIds }
  if (params.category_id?.length) filters.category_ids = { $in: params.category_id }
  if (params.colour?.length) filters.colours = { $in: params.colour }
  if (params.in_stock_at) filters.in_stock_location_ids = params.in_stock_at
  if (currency && (params.price_min !== undefined || params.price_max !== undefined)) {
    filters[`prices.${currency}`] = {
      ...(params.price_min !== undefined && { $gte: params.price_min }),
      ...(params.price_max !== undefined && { $lte: params.price_max }),
    }
  }
  const facets: SearchTypes.SearchFacetRequest[] = [
    { field: "category_ids", type: "value" },
    { field: "colours", type: "value" },
    { field: "in_stock_location_ids", type: "value" },
    ...(currency
      ? [{ field: `prices.${currency}`, type: "range" as const, ranges: PRICE_BUCKETS.map(({ value, min, max }) => ({ key: value, from: min, ...(max !== null && { to: max }) })) }]
      : []),
  ]
  return {
    entity: PRODUCT_INDEX,
    fields: HIT_FIELDS,
    filters,
    pagination: { skip: (params.page - 1) * params.limit, take: params.limit, order: ORDERS[params.sort](currency) },
    search_options: {
      facets,
      disjunctive_facets: true,
      highlight: { fields: ["title", "description"], pre_tag: MARK_START, post_tag: MARK_END, snippet: { length: SNIPPET_WORDS } },
      count: "exact",
    },
  }
}
