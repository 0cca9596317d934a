import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { Labels } from "./to-store-result"

const FRESH_FOR_MS = 30_000

let cached: { labels: Labels; at: number } | null = null
let loading: Promise<Labels> | null = null

async function load(query: Pick<RemoteQueryFunction, "graph">): Promise<Labels> {
  const [{ data: categories }, { data: locations }] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "name"] }),
    query.graph({ entity: "stock_location", fields: ["id", "name"] }),
  ])
  const labels = {
    categories: new Map((categories as { id: string; name: string }[]).map(({ id, name }) => [id, name])),
    locations: new Map((locations as { id: string; name: string }[]).map(({ id, name }) => [id, name])),
  }
  cached = { labels, at: Date.now() }
  return labels
}

/**
 * Category and stock location names for facet labels (the index holds ids, so
 * a renamed category needs no reindex). A handful of rows, read at most every
 * 30 s; a stale copy answers while the next one loads.
 */
export function facetLabels(query: Pick<RemoteQueryFunction, "graph">): Promise<Labels> | Labels {
  const stale = !cached || Date.now() - cached.at > FRESH_FOR_MS
  if (stale) loading ??= load(query).finally(() => (loading = null))
  return cached?.labels ?? loading!
}
