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
 * The baseline is plain popularity: items by number of distinct buyers.
 */
import type { RetailLine } from "../data/online-retail"
import type { RecommenderModel } from "../engine/model"
import { recommend } from "../engine/placements"
import { averageScores, scoreRanking, type RankingScores } from "./metrics"

export type VariantReport = { model: ReturnType<typeof averageScores>; popularity: ReturnType<typeof averageScores> }
export type EvaluationReport = { k: number; counting: VariantReport; excluding: VariantReport }

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
  const scores = { counting: { model: [] as RankingScores[], popularity: [] as RankingScores[] }, excluding: { model: [] as RankingScores[], popularity: [] as RankingScores[] } }

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
  }
  const report = (variant: typeof scores.counting): VariantReport => ({ model: averageScores(variant.model), popularity: averageScores(variant.popularity) })
  return { k, counting: report(scores.counting), excluding: report(scores.excluding) }
}
