/**
 * Shop prices from the data set's unit prices. Medusa v2 takes amounts in
 * major units (4.95 means £4.95).
 */

// Most of the source's customers are shops buying at trade prices; selling
// direct, the usual retail price is twice that ("keystone" markup).
const RETAIL_MARKUP = 2
// The cheapest price a direct-to-consumer shop sensibly asks for one item.
const MIN_RETAIL_GBP = 2.95
const EUR_PER_GBP = 1.17

const cents = (amount: number) => Math.round(amount * 100) / 100

export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error("median of no values")
  }
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The nearest price of the form N.95: 5.10 → 4.95, 5.50 → 5.95. */
export function roundToNinetyFive(amount: number): number {
  return cents(Math.round(amount + 0.05) - 0.05)
}

/** The retail price in GBP for a median trade unit price. */
export function retailPriceGbp(medianUnitPrice: number): number {
  return Math.max(MIN_RETAIL_GBP, roundToNinetyFive(medianUnitPrice * RETAIL_MARKUP))
}

/** The euro price: GBP × 1.17 to the nearest price ending in .90 or .95. */
export function priceEurFromGbp(gbp: number): number {
  const target = gbp * EUR_PER_GBP
  const whole = Math.floor(target)
  const candidates = [whole - 1, whole]
    .flatMap((units) => [units + 0.9, units + 0.95])
    .filter((candidate) => candidate > 0)
  const nearest = candidates.reduce((best, candidate) =>
    Math.abs(candidate - target) < Math.abs(best - target) ? candidate : best,
  )
  return cents(nearest)
}
