/** Production training: stored signals + catalogue → precomputed lists. Pure: the workflow steps do the I/O. */
import { ModelBuilder } from "../engine/builder"
import type { EngineOptions } from "../engine/options"
import { precomputeResults, type PrecomputedResult } from "./precompute"
import { productFeatures, type CatalogueProduct } from "./product-features"
import { toInteractions, type SignalRow } from "./signals"

export const RESULTS_PER_LIST = 12

/** Every list from every signal. */
export function trainFromSignals(
  rows: readonly SignalRow[],
  products: readonly CatalogueProduct[],
  options: Partial<EngineOptions> = {},
): PrecomputedResult[] {
  return trainModel(new ModelBuilder(options), rows, products, customersIn(rows))
}

/**
 * Adds `rows` to `builder` (a fresh one, or one trained before, which then
 * only takes the new signals) and precomputes the product, neighbour and
 * popular lists plus the lists of `customers`.
 */
export function trainModel(
  builder: ModelBuilder,
  rows: readonly SignalRow[],
  products: readonly CatalogueProduct[],
  customers: readonly string[],
): PrecomputedResult[] {
  builder.addAll(toInteractions(rows).sort((a, b) => a.time - b.time))
  const model = builder.build(productFeatures(products))
  return precomputeResults(model, products.map((product) => product.id), customers, RESULTS_PER_LIST)
}

export function customersIn(rows: readonly SignalRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.customer_id ? [row.customer_id] : [])))]
}
