import type { Scored } from "./types"

/** The k best-scored items, best first; ties broken by item id so results are stable. */
export function topK(scores: ReadonlyMap<string, number>, k: number, exclude: ReadonlySet<string> = new Set()): Scored[] {
  const ranked: Scored[] = []
  for (const [item, score] of scores) if (score > 0 && !exclude.has(item)) ranked.push({ item, score })
  ranked.sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : 1))
  return ranked.slice(0, k)
}

/** Scores divided by the largest, so lists from different sources can be blended. */
export function normalised(scores: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0
  for (const score of scores.values()) max = Math.max(max, score)
  const result = new Map<string, number>()
  if (max > 0) for (const [item, score] of scores) result.set(item, score / max)
  return result
}

export function addScore(scores: Map<string, number>, item: string, score: number): void {
  scores.set(item, (scores.get(item) ?? 0) + score)
}

/** Appends items of `fallback` not already listed or excluded until there are k. */
export function fillUp(list: Scored[], fallback: readonly Scored[], k: number, exclude: ReadonlySet<string>): Scored[] {
  const seen = new Set(list.map((entry) => entry.item))
  const result = [...list]
  for (const entry of fallback) {
    if (result.length >= k) break
    if (seen.has(entry.item) || exclude.has(entry.item)) continue
    seen.add(entry.item)
    result.push(entry)
  }
  return result
}
