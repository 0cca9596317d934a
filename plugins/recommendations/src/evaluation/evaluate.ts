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

export type VariantReport = { model: ReturnType<typeof averageScores>; popularity: ReturnType<typeof averageScores> }
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
  const variant = () => ({ model: [] as RankingScores[], popularity: [] as RankingScores[] })
  const scores = { counting: variant(), excluding: variant(), session: variant() }
  const sessions = latestLines(trainLines)
  const popular = model.popular(RESULTS_PER_LIST)

  for (const [user, bought] of itemsPerUser(testLines)) {
    const history = before.get(user)
    if (!history) continue
    const home = recommend(model, { placement: "home", user }, k).map(({ item }) => item)
    scores.counting.model.push(scoreRanking(home, bought, k))
    scores.counting.popularity.push(scoreRanking(bestsellers, bought, k))

    const newItems = new Set([...bought].filter((item) => !history.has(item)))
    if (newItems.size === 0) continue
    const forYou = model.forYou(user, k).map(({ item }) => item)
    scores.excluding.model.push(scoreRanking(forYou, newItems, k))
    scores.excluding.popularity.push(scoreRanking(bestsellers.filter((item) => !history.has(item)), newItems, k))

    const session = sessionForYou(sessions.get(user) ?? [], (item) => model.neighboursOf(item, RESULTS_PER_LIST), popular, k, model.options)
    scores.session.model.push(scoreRanking(session.map(({ item }) => item), newItems, k))
    scores.session.popularity.push(scoreRanking(bestsellers.filter((item) => !history.has(item)), newItems, k))
  }
  const report = (variant: typeof scores.counting): VariantReport => ({ model: averageScores(variant.model), popularity: averageScores(variant.popularity) })
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
