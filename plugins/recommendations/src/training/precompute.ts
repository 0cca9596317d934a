/**
 * The lists the store route serves, computed after each training run so that
 * a request is one indexed read: per product ("product"), per customer
 * ("home", "account") and for everyone else (key "*"). Per product also its
 * raw item neighbours ("neighbours", no popularity padding), which the route
 * blends at request time for shoppers training has not seen.
 */
import type { RecommenderModel } from "../engine/model"
import { recommend, type Placement } from "../engine/placements"
import type { Scored } from "../engine/types"

export const EVERYONE = "*"
export const NEIGHBOURS = "neighbours"

export type PrecomputedResult = { placement: Placement | typeof NEIGHBOURS; key: string; items: { product_id: string; score: number }[] }

export function precomputeResults(model: RecommenderModel, products: readonly string[], customers: readonly string[], k: number): PrecomputedResult[] {
  const sellable = new Set(products)
  // Over-fetch, then keep only products still for sale.
  const list = (scored: Scored[]) =>
    scored.filter(({ item }) => sellable.has(item)).slice(0, k).map(({ item, score }) => ({ product_id: item, score: round(score) }))
  const results: PrecomputedResult[] = [{ placement: "home", key: EVERYONE, items: list(model.popular(k * 3)) }]
  for (const product of products) {
    results.push({ placement: "product", key: product, items: list(recommend(model, { placement: "product", items: [product] }, k * 3)) })
    results.push({ placement: NEIGHBOURS, key: product, items: list(model.neighboursOf(product, k * 3)) })
  }
  for (const customer of customers) {
    results.push({ placement: "home", key: customer, items: list(recommend(model, { placement: "home", user: customer }, k * 3)) })
    results.push({ placement: "account", key: customer, items: list(recommend(model, { placement: "account", user: customer }, k * 3)) })
  }
  return results
}

function round(score: number): number {
  return Math.round(score * 1e6) / 1e6
}
