import type { SearchTypes } from "@medusajs/framework/types"
import { toNumber, valuesAt } from "./fields"

type Document = Record<string, unknown>

const DEFAULT_VALUE_LIMIT = 100

/** Facet counts over the documents that matched the query and its filters. */
export function countFacets(documents: Document[], requests: SearchTypes.SearchFacetRequest[]): Record<string, SearchTypes.SearchFacetResult> {
  const facets: Record<string, SearchTypes.SearchFacetResult> = {}
  for (const request of requests) {
    if (request.type === "range") facets[request.field] = rangeFacet(documents, request)
    else if (request.type === "stats") facets[request.field] = statsFacet(documents, request.field)
    else facets[request.field] = valueFacet(documents, request)
  }
  return facets
}

function valueFacet(documents: Document[], request: Extract<SearchTypes.SearchFacetRequest, { field: string; type?: "value" }>): SearchTypes.SearchFacetResult {
  // Keyed without case, as filters compare; the first spelling seen is shown.
  const counts = new Map<string, { value: string; count: number }>()
  for (const document of documents) {
    const seen = new Set<string>()
    for (const raw of valuesAt(document, request.field)) {
      const value = String(raw)
      const key = value.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      const known = counts.get(key)
      if (known) known.count++
      else counts.set(key, { value, count: 1 })
    }
  }
  let values = [...counts.values()]
  if (request.query) values = values.filter(({ value }) => value.toLowerCase().includes(request.query!.toLowerCase()))
  values.sort(request.sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value))
  const limit = request.limit ?? DEFAULT_VALUE_LIMIT
  const shown = values.slice(0, limit)
  const other = values.slice(limit).reduce((sum, { count }) => sum + count, 0)
  return { type: "value", values: shown, ...(other ? { other_count: other } : {}) }
}

function rangeFacet(documents: Document[], request: Extract<SearchTypes.SearchFacetRequest, { type: "range" }>): SearchTypes.SearchFacetResult {
  const bounds = request.ranges.map((range) => ({ from: toNumber(range.from), to: toNumber(range.to) }))
  const counts = bounds.map(() => 0)
  for (const document of documents) {
    const numbers = valuesAt(document, request.field).map(toNumber).filter((n): n is number => n !== undefined)
    bounds.forEach(({ from, to }, i) => {
      if (numbers.some((n) => (from === undefined || n >= from) && (to === undefined || n < to))) counts[i]++
    })
  }
  return {
    type: "range",
    ranges: request.ranges.map((range, i) => ({ key: range.key ?? `${range.from ?? ""}-${range.to ?? ""}`, from: range.from, to: range.to, count: counts[i] })),
  }
}

function statsFacet(documents: Document[], field: string): SearchTypes.SearchFacetResult {
  const numbers = documents.flatMap((document) => valuesAt(document, field).map(toNumber).filter((n): n is number => n !== undefined))
  if (!numbers.length) return { type: "stats", min: 0, max: 0, count: 0 }
  const sum = numbers.reduce((all, n) => all + n, 0)
  return { type: "stats", min: Math.min(...numbers), max: Math.max(...numbers), avg: sum / numbers.length, sum, count: numbers.length }
}
