/**
 * Offline evaluation: train on one period, then for each customer present in
 * both periods compare the top k with what they bought in the next period.
 *
 * Two variants, because this shop's customers re-order a lot:
 * - counting:  relevant = everything bought in the test period; our model
 *              answers with its home row (re-orders and discoveries).
 * - excluding: relevant = only items never bought before; our model answers
 *              with "for you", which never shows items bought before, and
 *              the baseline skips them too.
 * - session:   as excluding, but the model only knows the customer's latest
 *              SESSION_SIGNALS lines, as the store route knows an anonymous
 *              visitor: "for you" blended at request time from stored item
 *              neighbours (engine/session.ts, RESULTS_PER_LIST of them per item).
 * The baseline is plain popularity: items by number of distinct buyers.
 */
import type { RetailLine } from "../data/online-retail"
import type { RecommenderModel } from "../engine/model"
import { recommend } from "../engine/placements"
import { sessionForYou, type SessionSignal } from "../engine/session"
import { RESULTS_PER_LIST } from "../training/train"
import { averageScores, scoreRanking, type RankingScores } from "./metrics"

type Average = ReturnType<typeof averageScores>
/** model and popularity as before; ownHistory (counting only) and itemKnn are the other baselines. */
export type VariantReport = { model: Average; popularity: Average; ownHistory?: Average; itemKnn?: Average }
export type EvaluationReport = { k: number; counting: VariantReport; excluding: VariantReport; session: VariantReport }

/** As many signals as the store route reads for a session (serving/session.ts). */
const SESSION_SIGNALS = 50

export function plainPopularity(lines: readonly RetailLine[]): string[] {
  const buyers = new Map<string, Set<string>>()
  for (const { item, user } of lines) {
    let set = buyers.get(item)
    if (!set) buyers.set(item, (set = new Set()))
    set.add(user)
  }
  return [...buyers].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).map(([item]) => item)
}

export function itemsPerUser(lines: readonly RetailLine[]): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>()
  for (const { user, item } of lines) {
    let set = result.get(user)
    if (!set) result.set(user, (set = new Set()))
    set.add(item)
  }
  return result
}

export function evaluate(model: RecommenderModel, trainLines: readonly RetailLine[], testLines: readonly RetailLine[], k: number): EvaluationReport {
  const bestsellers = plainPopularity(trainLines)
  const before = itemsPerUser(trainLines)
  const variant = () => ({ model: [] as RankingScores[], popularity: [] as RankingScores[], ownHistory: [] as RankingScores[], itemKnn: [] as RankingScores[] })
  const scores = { counting: variant(), excluding: variant(), session: variant() }
  const sessions = latestLines(trainLines)
  const popular = model.popular(RESULTS_PER_LIST)
  const splitStart = testLines.reduce((min, line) => Math.min(min, line.time), Infinity)
  const own = ownHistoryBaseline(trainLines, splitStart)
  const knn = itemKnnBaseline(trainLines)
  const padded = (list: string[], skip: ReadonlySet<string> = new Set()) => {
    const result = list.filter((item) => !skip.has(item)).slice(0, k)
    for (const item of bestsellers) {
      if (result.length >= k) break
      if (!skip.has(item) && !result.includes(item)) result.push(item)
    }
    return result
  }

  for (const [user, bought] of itemsPerUser(testLines)) {
    const history = before.get(user)
    if (!history) continue
    const home = recommend(model, { placement: "home", user }, k).map(({ item }) => item)
    scores.counting.model.push(scoreRanking(home, bought, k))
    scores.counting.popularity.push(scoreRanking(bestsellers, bought, k))
    scores.counting.ownHistory.push(scoreRanking(padded(own(user, k)), bought, k))
    const neighbours = knn(user, k + history.size)
    scores.counting.itemKnn.push(scoreRanking(padded(neighbours), bought, k))

    const newItems = new Set([...bought].filter((item) => !history.has(item)))
    if (newItems.size === 0) continue
    const forYou = model.forYou(user, k).map(({ item }) => item)
    scores.excluding.model.push(scoreRanking(forYou, newItems, k))
    scores.excluding.popularity.push(scoreRanking(bestsellers.filter((item) => !history.has(item)), newItems, k))
    scores.excluding.itemKnn.push(scoreRanking(padded(neighbours, history), newItems, k))

    const session = sessionForYou(sessions.get(user) ?? [], (item) => model.neighboursOf(item, RESULTS_PER_LIST), popular, k, model.options)
    scores.session.model.push(scoreRanking(session.map(({ item }) => item), newItems, k))
    scores.session.popularity.push(scoreRanking(bestsellers.filter((item) => !history.has(item)), newItems, k))
  }
  const report = (variant: typeof scores.counting): VariantReport => ({
    model: averageScores(variant.model),
    popularity: averageScores(variant.popularity),
    ...(variant.ownHistory.length ? { ownHistory: averageScores(variant.ownHistory) } : {}),
    ...(variant.itemKnn.length ? { itemKnn: averageScores(variant.itemKnn) } : {}),
  })
  return { k, counting: report(scores.counting), excluding: report(scores.excluding), session: report(scores.session) }
}

/** Per customer, their latest SESSION_SIGNALS lines as session signals. */
function latestLines(lines: readonly RetailLine[]): Map<string, SessionSignal[]> {
  const sessions = new Map<string, SessionSignal[]>()
  for (const line of [...lines].sort((a, b) => b.time - a.time)) {
    let session = sessions.get(line.user)
    if (!session) sessions.set(line.user, (session = []))
    if (session.length < SESSION_SIGNALS) session.push({ kind: "purchase", item: line.item, time: line.time })
  }
  return sessions
}

/** Half-life of the own-history baseline's recency weights, in days. */
export const OWN_HISTORY_HALF_LIFE_DAYS = 90

/**
 * The "buy what you bought" baseline: each customer's own items ranked by
 * recency-weighted frequency (purchase occasions, each weighing
 * 2^(−age / 90 days) at the split), padded with popularity by the caller.
 */
export function ownHistoryBaseline(lines: readonly RetailLine[], now: number): (user: string, k: number) => string[] {
  const scores = new Map<string, Map<string, number>>()
  const seen = new Set<string>()
  for (const line of lines) {
    const occasion = `${line.basket}|${line.item}`
    if (seen.has(occasion)) continue
    seen.add(occasion)
    let own = scores.get(line.user)
    if (!own) scores.set(line.user, (own = new Map()))
    own.set(line.item, (own.get(line.item) ?? 0) + 2 ** (-(now - line.time) / (OWN_HISTORY_HALF_LIFE_DAYS * 86_400_000)))
  }
  return (user, k) =>
    [...(scores.get(user) ?? [])]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([item]) => item)
}

/** Neighbours per item kept by the item-kNN baseline. */
export const ITEM_KNN_NEIGHBOURS = 50

/**
 * Classic item-kNN: cosine similarity of items' buyer sets (C(i,j) / √(n_i·n_j)),
 * each item's best 50 neighbours, a customer's score for j summed over the
 * items they bought. Counting keeps bought items; the caller skips them for excluding.
 */
export function itemKnnBaseline(lines: readonly RetailLine[]): (user: string, k: number) => string[] {
  const perUser = itemsPerUser(lines)
  const items = [...new Set(lines.map((line) => line.item))]
  const index = new Map(items.map((item, i) => [item, i]))
  const n = items.length
  const together = new Float32Array(n * n)
  const buyers = new Float64Array(n)
  for (const bought of perUser.values()) {
    const ids = [...bought].map((item) => index.get(item)!)
    for (const i of ids) {
      buyers[i] += 1
      for (const j of ids) if (i !== j) together[i * n + j] += 1
    }
  }
  const neighbours: { id: number; score: number }[][] = []
  for (let i = 0; i < n; i++) {
    const row: { id: number; score: number }[] = []
    for (let j = 0; j < n; j++) {
      const count = together[i * n + j]
      if (count > 0) row.push({ id: j, score: count / Math.sqrt(buyers[i] * buyers[j]) })
    }
    row.sort((a, b) => b.score - a.score || a.id - b.id)
    neighbours.push(row.slice(0, ITEM_KNN_NEIGHBOURS))
  }
  return (user, k) => {
    const scores = new Map<number, number>()
    for (const item of perUser.get(user) ?? []) {
      for (const { id, score } of neighbours[index.get(item)!]) scores.set(id, (scores.get(id) ?? 0) + score)
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([id]) => items[id])
  }
}
