/**
 * Exponential time decay that stays additive: an event at time t weighs
 * 2^((t − anchor) / halfLife). Weights grow with time instead of shrinking,
 * so counts can be summed as events arrive and never need rescaling; every
 * weight "now" is the same constant factor away from 2^(−age / halfLife),
 * which ranking and ratio-based similarities ignore.
 */
export const DAY_MS = 86_400_000

/** A fixed origin for all weights: 2010-01-01, before any data we hold. */
export const DEFAULT_ANCHOR = Date.UTC(2010, 0, 1)

export function growingWeight(time: number, anchor: number, halfLifeDays: number): number {
  if (!Number.isFinite(halfLifeDays)) return 1
  return 2 ** ((time - anchor) / (halfLifeDays * DAY_MS))
}
