import type { FacetValue, SearchDocument, SearchFacets } from "../../types"
import { coloursOf } from "../shared/colour"
import { isInBucket, PriceBucket } from "../shared/price-buckets"

class Tally {
  private readonly counts = new Map<string, FacetValue>()

  add(value: string, label: string): void {
    const known = this.counts.get(value)
    if (known) known.count++
    else this.counts.set(value, { value, label, count: 1 })
  }

  /** Most frequent first, then alphabetical, so the order is stable. */
  values(): FacetValue[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
  }
}

/** Facet counts over the documents that matched the query and all filters. */
export function countFacets(documents: SearchDocument[], buckets: PriceBucket[], currency?: string): SearchFacets {
  const category = new Tally()
  const colour = new Tally()
  const availability = new Tally()
  for (const document of documents) {
    document.categories.forEach(({ id, name }) => category.add(id, name))
    new Set(coloursOf(document.options)).forEach((value) => colour.add(value, value))
    document.in_stock_locations.forEach(({ id, name }) => availability.add(id, name))
  }
  const prices = currency ? documents.map((document) => document.prices[currency]).filter((price) => price !== undefined) : []
  const price_range = currency
    ? buckets.map((bucket) => ({ ...bucket, count: prices.filter((price) => isInBucket(price, bucket)).length }))
    : []
  return { category: category.values(), colour: colour.values(), price_range, availability: availability.values() }
}
