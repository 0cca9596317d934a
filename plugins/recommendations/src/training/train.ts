/** Production training: stored signals + catalogue → precomputed lists. Pure: the workflow step does the I/O. */
import { ModelBuilder } from "../engine/builder"
import type { EngineOptions } from "../engine/options"
import { precomputeResults, type PrecomputedResult } from "./precompute"
import { productFeatures, type CatalogueProduct } from "./product-features"
import { toInteractions, type SignalRow } from "./signals"

export const RESULTS_PER_LIST = 12

export function trainFromSignals(
  rows: readonly SignalRow[],
  products: readonly CatalogueProduct[],
  options: Partial<EngineOptions> = {},
): PrecomputedResult[] {
  const interactions = toInteractions(rows).sort((a, b) => a.time - b.time)
  const model = new ModelBuilder(options).addAll(interactions).build(productFeatures(products))
  const customers = [...new Set(rows.flatMap((row) => (row.customer_id ? [row.customer_id] : [])))]
  return precomputeResults(model, products.map((product) => product.id), customers, RESULTS_PER_LIST)
}
