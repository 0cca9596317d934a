/**
 * Ranking metrics at k with binary relevance, per shopper; averages are taken
 * over shoppers. recall@k = hits / |relevant| (not capped at k).
 */
export type RankingScores = { hitRate: number; ndcg: number; recall: number }

export function scoreRanking(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): RankingScores {
  let hits = 0
  let dcg = 0
  ranked.slice(0, k).forEach((item, position) => {
    if (!relevant.has(item)) return
    hits += 1
    dcg += 1 / Math.log2(position + 2)
  })
  let ideal = 0
  for (let position = 0; position < Math.min(k, relevant.size); position++) ideal += 1 / Math.log2(position + 2)
  return { hitRate: hits > 0 ? 1 : 0, ndcg: ideal > 0 ? dcg / ideal : 0, recall: relevant.size > 0 ? hits / relevant.size : 0 }
}

export function averageScores(all: readonly RankingScores[]): RankingScores & { users: number } {
  const sum = { hitRate: 0, ndcg: 0, recall: 0 }
  for (const scores of all) {
    sum.hitRate += scores.hitRate
    sum.ndcg += scores.ndcg
    sum.recall += scores.recall
  }
  const n = Math.max(all.length, 1)
  const round = (value: number) => Math.round((value / n) * 10_000) / 10_000
  return { users: all.length, hitRate: round(sum.hitRate), ndcg: round(sum.ndcg), recall: round(sum.recall) }
}
