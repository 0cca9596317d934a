/**
 * Answers for shoppers the last training did not see (an anonymous visitor,
 * a customer newer than the last run), computed at request time from their
 * few recent signals and the precomputed item neighbours: a few map lookups,
 * so it stays within the route's few milliseconds.
 */
import { growingWeight } from "./decay"
import type { EngineOptions } from "./options"
import { addScore, fillUp, normalised, topK } from "./ranking"
import type { Scored, SignalKind } from "./types"

export type SessionSignal = { kind: SignalKind; item: string; time: number }

type SessionOptions = Pick<EngineOptions, "anchor" | "kindWeights" | "userHalfLifeDays" | "popularityBlend">

/**
 * "For you" from a session: like RecommenderModel.forYou, items are scored by
 * similarity to what the shopper touched (weighted by signal kind and
 * recency), plus a little popularity. Items already touched are left out —
 * they are in the cart or in "recently viewed" — so the row shows discoveries.
 */
export function sessionForYou(
  signals: readonly SessionSignal[],
  neighboursOf: (item: string) => readonly Scored[],
  popular: readonly Scored[],
  k: number,
  options: SessionOptions,
): Scored[] {
  const interest = new Map<string, number>()
  for (const { kind, item, time } of signals) addScore(interest, item, options.kindWeights[kind] * growingWeight(time, options.anchor, options.userHalfLifeDays))
  const scores = new Map<string, number>()
  for (const [item, weight] of normalised(interest)) for (const { item: other, score } of neighboursOf(item)) addScore(scores, other, weight * score)
  const personal = normalised(scores)
  if (options.popularityBlend > 0) for (const [item, share] of normalised(new Map(popular.map(({ item, score }) => [item, score])))) addScore(personal, item, options.popularityBlend * share)
  const touched = new Set(interest.keys())
  return fillUp(topK(personal, k, touched), popular, k, touched)
}

/** Viewed items, newest view first, each once. */
export function recentlyViewedIn(signals: readonly SessionSignal[], k: number, exclude: ReadonlySet<string> = new Set()): string[] {
  const latest = new Map<string, number>()
  for (const { kind, item, time } of signals) if (kind === "view") latest.set(item, Math.max(latest.get(item) ?? -Infinity, time))
  return [...latest]
    .filter(([item]) => !exclude.has(item))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([item]) => item)
}
