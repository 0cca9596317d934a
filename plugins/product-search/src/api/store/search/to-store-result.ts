import type { SearchTypes } from "@medusajs/framework/types"
import { escapeHtml, markersToHtml } from "../../../engine/highlight-markup"
import { highlightSnippet } from "../../../engine/highlighter"
import type { FacetValue, StoreSearchHit, StoreSearchResult } from "./contract"
import { PRICE_BUCKETS, SNIPPET_WORDS } from "./to-module-query"
import type { StoreSearchParamsType } from "./validators"

/** Names of categories and stock locations, for facet labels. */
export type Labels = { categories: Map<string, string>; locations: Map<string, string> }

type Document = Record<string, any>

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label)

function valueFacet(result: SearchTypes.SearchResult, field: string, ...labels: Map<string, string>[]): FacetValue[] {
  const facet = result.facets?.[field]
  if (facet?.type !== "value") return []
  const labelOf = (value: string) => labels.map((known) => known.get(value)).find((label) => label !== undefined) ?? value
  return facet.values.filter(({ count }) => count > 0).map(({ value, count }) => ({ value, label: labelOf(value), count })).sort(byCount)
}

/** Category names the hits carry: labels for categories created since the last read of the names. */
function categoryNamesOfHits(result: SearchTypes.SearchResult): Map<string, string> {
  const names = new Map<string, string>()
  for (const { document } of result.hits as { document: Document }[]) {
    ;(document.category_ids ?? []).forEach((id: string, i: number) => names.set(id, document.category_names?.[i] ?? id))
  }
  return names
}

function toHit(hit: SearchTypes.SearchHit, currency: string | undefined): StoreSearchHit {
  const document = hit.document as Document
  const ids: string[] = document.category_ids ?? []
  const names: string[] = document.category_names ?? []
  const amount = currency ? document.prices?.[currency] : undefined
  const original = currency ? document.original_prices?.[currency] : undefined
  const title = hit.highlights?.title?.[0]
  const description = hit.highlights?.description?.[0]
  return {
    id: hit.id,
    handle: document.handle,
    title: document.title,
    thumbnail: document.thumbnail ?? null,
    categories: ids.map((id, i) => ({ id, name: names[i] ?? id })),
    colours: document.colours ?? [],
    price: typeof amount === "number" ? { amount, currency_code: currency! } : null,
    original_price: typeof amount === "number" && typeof original === "number" && original > amount ? { amount: original, currency_code: currency! } : null,
    in_stock: (document.in_stock_location_ids ?? []).length > 0,
    highlight: {
      title: title ? markersToHtml(title) : escapeHtml(document.title ?? ""),
      description: description ? markersToHtml(description) : escapeHtml(highlightSnippet(document.description ?? "", new Set(), "", "", SNIPPET_WORDS)),
    },
  }
}

/** The storefront's answer from the Search Module's result. */
export function toStoreResult(result: SearchTypes.SearchResult, params: StoreSearchParamsType, labels: Labels, engine: string): StoreSearchResult {
  const { currency } = params
  const priceFacet = currency ? result.facets?.[`prices.${currency}`] : undefined
  const priceCounts = new Map(priceFacet?.type === "range" ? priceFacet.ranges.map((range) => [range.key, range.count]) : [])
  const didYouMean = result.provider_metadata?.did_you_mean
  return {
    hits: result.hits.map((hit) => toHit(hit, currency)),
    total: result.metadata.count ?? result.hits.length,
    page: params.page,
    limit: params.limit,
    facets: {
      category: valueFacet(result, "category_ids", labels.categories, categoryNamesOfHits(result)),
      colour: valueFacet(result, "colours"),
      price_range: currency ? PRICE_BUCKETS.map((bucket) => ({ ...bucket, count: priceCounts.get(bucket.value) ?? 0 })) : [],
      availability: valueFacet(result, "in_stock_location_ids", labels.locations),
    },
    ...(typeof didYouMean === "string" && { did_you_mean: didYouMean }),
    engine: typeof result.provider_metadata?.engine === "string" ? (result.provider_metadata.engine as string) : engine,
  }
}
