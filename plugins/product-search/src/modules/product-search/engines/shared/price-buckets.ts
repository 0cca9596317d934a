import type { PriceRangeFacetValue } from "../../types"

export type PriceBucket = Omit<PriceRangeFacetValue, "count">

/** Bounds [5, 10] → "0-5", "5-10", "10-" (the last one open-ended). */
export function priceBuckets(bounds: number[]): PriceBucket[] {
  const edges = [0, ...bounds]
  return edges.map((min, i) => {
    const max = edges[i + 1] ?? null
    return { value: `${min}-${max ?? ""}`, label: max === null ? `${min}+` : `${min}–${max}`, min, max }
  })
}

export const isInBucket = (amount: number, bucket: PriceBucket) =>
  amount >= bucket.min && (bucket.max === null || amount < bucket.max)
