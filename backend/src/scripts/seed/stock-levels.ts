/**
 * How many units of a variant sit at a location: plenty at the warehouse,
 * a handful in each store (and none at about one store in four), nothing
 * anywhere for a sold-out product, one to three in all for a product that
 * is down to its last units, so the storefront can say "only 2 left".
 */
import type { StockSituation } from "./catalogue"
import { pick } from "./hash"

export type StockPlace = { kind: "warehouse" | "store"; handle: string }

export function stockQuantity(situation: StockSituation, sku: string, place: StockPlace): number {
  const key = `${sku}@${place.handle}`
  if (situation === "sold-out") {
    return 0
  }
  if (situation === "low") {
    return place.kind === "warehouse" ? pick(key, 1, 3) : 0
  }
  if (place.kind === "warehouse") {
    return pick(key, 60, 240)
  }
  const outAtThisStore = pick(`${key}:out`, 1, 4) === 1
  return outAtThisStore ? 0 : pick(key, 2, 18)
}
