import type { SearchFilters, SearchSort } from "../../types"
import type { PriceBucket } from "../shared/price-buckets"

/** A quoted Meilisearch string literal; JSON's escaping is what its filter syntax expects. */
const literal = (value: string) => JSON.stringify(value)
const list = (values: string[]) => `[${values.map(literal).join(", ")}]`
/** Currency codes go into attribute paths, so only letters pass. */
const priceField = (currency: string) => `prices.${currency.replace(/[^a-z]/gi, "").toLowerCase()}`

/** Filter expressions, ANDed by Meilisearch. */
export function filterExpressions(filters: SearchFilters = {}): string[] {
  const { category_ids, price_min, price_max, currency, in_stock_at_location_id, options, sales_channel_ids } = filters
  const expressions: string[] = []
  if (category_ids?.length) expressions.push(`category_ids IN ${list(category_ids)}`)
  if (sales_channel_ids?.length) expressions.push(`sales_channel_ids IN ${list(sales_channel_ids)}`)
  if (in_stock_at_location_id) expressions.push(`in_stock_location_ids = ${literal(in_stock_at_location_id)}`)
  if (options?.colour?.length) expressions.push(`colour_keys IN ${list(options.colour.map((colour) => colour.toLowerCase()))}`)
  if (currency && price_min !== undefined) expressions.push(`${priceField(currency)} >= ${price_min}`)
  if (currency && price_max !== undefined) expressions.push(`${priceField(currency)} <= ${price_max}`)
  return expressions
}

export function bucketExpression(bucket: PriceBucket, currency: string): string {
  const field = priceField(currency)
  return bucket.max === null ? `${field} >= ${bucket.min}` : `${field} >= ${bucket.min} AND ${field} < ${bucket.max}`
}

export function sortExpression(sort: SearchSort, currency?: string): string[] | undefined {
  switch (sort) {
    case "price_asc":
      return currency ? [`${priceField(currency)}:asc`] : undefined
    case "price_desc":
      return currency ? [`${priceField(currency)}:desc`] : undefined
    case "title_asc":
      return ["title:asc"]
    case "newest":
      return ["created_at_ts:desc"]
    default:
      return undefined
  }
}
