import type { SearchDocument, SearchFilters } from "../../types"
import { coloursOf } from "../shared/colour"

const lowerCase = (values: string[]) => values.map((value) => value.toLowerCase())

/** Whether a document passes every filter given (filters left out always pass). */
export function matchesFilters(document: SearchDocument, filters: SearchFilters = {}): boolean {
  const { category_ids, price_min, price_max, currency, in_stock_at_location_id, options, sales_channel_ids } = filters
  if (category_ids?.length && !document.categories.some((category) => category_ids.includes(category.id))) return false
  if (sales_channel_ids?.length && !document.sales_channel_ids.some((id) => sales_channel_ids.includes(id))) return false
  if (in_stock_at_location_id && !document.in_stock_locations.some((location) => location.id === in_stock_at_location_id)) {
    return false
  }
  if (options?.colour?.length) {
    const wanted = lowerCase(options.colour)
    if (!lowerCase(coloursOf(document.options)).some((colour) => wanted.includes(colour))) return false
  }
  if (price_min !== undefined || price_max !== undefined) {
    const price = currency ? document.prices[currency] : undefined
    if (price === undefined) return false
    if (price_min !== undefined && price < price_min) return false
    if (price_max !== undefined && price > price_max) return false
  }
  return true
}
