/**
 * Item-to-item neighbours: co-occurrence normalised by how common each item
 * is (asymmetric cosine), shrunk when resting on little evidence, plus content
 * neighbours so that cold products still get — and appear in — neighbour lists.
 */
import { CooccurrenceCounts } from "./cooccurrence"
import type { EngineOptions } from "./options"
import { addScore, topK } from "./ranking"
import type { Scored } from "./types"

export type NeighbourIndex = Map<string, Scored[]>

type SimilarityOptions = Pick<EngineOptions, "similarityAlpha" | "similarityShrinkage" | "neighbours" | "contentWeight">

/**
 * `scale` turns the growing weights back into decayed counts as of "now"
 * (see decay.ts), so that shrinkage compares like with like.
 */
export function buildNeighbours(
  counts: CooccurrenceCounts,
  content: ReadonlyMap<string, readonly Scored[]>,
  scale: number,
  options: SimilarityOptions,
): NeighbourIndex {
  const index: NeighbourIndex = new Map()
  const best = bestCooccurring(counts, scale, options)
  for (const item of new Set([...best.keys(), ...content.keys()])) {
    const scores = new Map((best.get(item) ?? []).map(({ item: other, score }) => [other, score]))
    for (const { item: other, score } of content.get(item) ?? []) addScore(scores, other, options.contentWeight * score)
    index.set(item, topK(scores, options.neighbours))
  }
  return index
}

/**
 * Per item, its best co-occurring items. Every pair is scored both ways
 * (i → j and j → i differ when alpha ≠ 0.5) into plain number arrays: there
 * are millions of pairs, and string-keyed maps would dominate training time.
 */
function bestCooccurring(counts: CooccurrenceCounts, scale: number, options: SimilarityOptions): Map<string, Scored[]> {
  const { similarityAlpha: alpha, similarityShrinkage: shrinkage } = options
  const others = counts.items.map((): number[] => [])
  const scores = counts.items.map((): number[] => [])
  const similarity = (together: number, own: number, theirs: number) =>
    (together / (own ** alpha * theirs ** (1 - alpha))) * (together / (together + shrinkage))
  counts.forEachPair((a, b, weight) => {
    const [together, weightA, weightB] = [weight / scale, counts.weightOf(a) / scale, counts.weightOf(b) / scale]
    others[a].push(b)
    scores[a].push(similarity(together, weightA, weightB))
    others[b].push(a)
    scores[b].push(similarity(together, weightB, weightA))
  })
  const best = new Map<string, Scored[]>()
  counts.items.forEach((item, id) => {
    const order = others[id].map((_, i) => i).sort((i, j) => scores[id][j] - scores[id][i] || others[id][i] - others[id][j])
    best.set(item, order.slice(0, options.neighbours).map((i) => ({ item: counts.nameOf(others[id][i]), score: scores[id][i] })))
  })
  return best
}
