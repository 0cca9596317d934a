import { BLEND_WEIGHTS } from "./blend-weights"
import { DEFAULT_ANCHOR } from "./decay"
import type { SignalKind } from "./types"

/** Every knob of the engine, with the values tuned offline (see README). */
export type EngineOptions = {
  /** Origin of the growing time weights (see decay.ts). */
  anchor: number
  /** How much a signal of each kind counts towards interest and co-occurrence. */
  kindWeights: Record<SignalKind, number>
  /** Half-life of co-occurrence and popularity evidence: old tastes fade. */
  itemHalfLifeDays: number
  /** Half-life of one shopper's interest in what they touched. */
  userHalfLifeDays: number
  /** Half-life of the repeat-purchase evidence behind "buy again". */
  repeatHalfLifeDays: number
  /** Two items co-occur when one shopper first touched both within this many days. */
  cooccurrenceWindowDays: number
  /** …and at most this many of the shopper's latest items pair with a new one. */
  cooccurrencePartners: number
  /** Similarity = C(i,j) / (W(i)^alpha · W(j)^(1−alpha)); 0.5 is cosine. */
  similarityAlpha: number
  /** Shrinks similarities resting on little evidence: · C / (C + shrinkage). */
  similarityShrinkage: number
  /** Neighbours kept per item. */
  neighbours: number
  /** Weight of content neighbours (shared category, tags, material) against co-occurrence ones. */
  contentWeight: number
  /** Share of the popularity prior blended into personal scores (breaks ties, helps sparse histories). */
  popularityBlend: number
  /** How strongly an item's repeat rate among all buyers lifts it in "buy again". */
  repeatRateExponent: number
  /** On the home row, the weight of "buy again" scores against "for you" ones (legacy rows, without the blend). */
  homeBuyAgainWeight: number
  /** Anonymous visitors' signals count this much of a customer's (interest and co-occurrence). */
  anonymousWeight: number
  /** A pair's co-occurrence from anonymous visitors counts at most as much as customers' evidence for it plus this. */
  anonymousPairAllowance: number
  /** EASE over this many items (the most taken, recency-weighted); 0 turns EASE and the blend off. */
  easeItems: number
  /** EASE's ridge λ. */
  easeLambda: number
  /** Coefficients of the home/for-you blend (engine/blend.ts, fitted offline); null: legacy normalised sums. */
  blendWeights: readonly number[] | null
}

/**
 * Tuned on Online Retail (train before 2011-10-01, test after; see README):
 * short partner lists (5) beat whole-history pairing, recent evidence
 * (30-day half-life) beats old, and re-orders lead the home row.
 */
export const DEFAULT_OPTIONS: EngineOptions = {
  anchor: DEFAULT_ANCHOR,
  kindWeights: { purchase: 1, add_to_cart: 0.5, view: 0.2 },
  itemHalfLifeDays: 30,
  userHalfLifeDays: 60,
  repeatHalfLifeDays: 365,
  cooccurrenceWindowDays: Infinity,
  cooccurrencePartners: 5,
  similarityAlpha: 0.7,
  similarityShrinkage: 10,
  neighbours: 100,
  contentWeight: 0.1,
  popularityBlend: 0.05,
  repeatRateExponent: 0.5,
  homeBuyAgainWeight: 5,
  anonymousWeight: 0.25,
  anonymousPairAllowance: 0.5,
  easeItems: 2000,
  easeLambda: 200,
  blendWeights: BLEND_WEIGHTS,
}

export function withDefaults(options: Partial<EngineOptions> = {}): EngineOptions {
  return { ...DEFAULT_OPTIONS, ...options, kindWeights: { ...DEFAULT_OPTIONS.kindWeights, ...options.kindWeights } }
}
