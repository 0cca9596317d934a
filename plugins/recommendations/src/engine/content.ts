/**
 * Content similarity for products with little or no sales yet: items sharing
 * rare descriptive features (category, tags, material, title words) are alike.
 * Cosine similarity of binary feature vectors weighted by inverse document
 * frequency, so "christmas" links items more than "set".
 */
import type { ItemFeatures, Scored } from "./types"

export function contentNeighbours(features: ItemFeatures, limit: number): Map<string, Scored[]> {
  // feature → items having it
  const postings = new Map<string, string[]>()
  for (const [item, values] of features) {
    for (const feature of new Set(values)) {
      const items = postings.get(feature)
      if (items) items.push(item)
      else postings.set(feature, [item])
    }
  }

  const idf = new Map<string, number>()
  for (const [feature, items] of postings) idf.set(feature, Math.log(1 + features.size / items.length))
  const norm = new Map<string, number>()
  for (const [item, values] of features) norm.set(item, Math.sqrt([...new Set(values)].reduce((sum, f) => sum + idf.get(f)! ** 2, 0)))

  const result = new Map<string, Scored[]>()
  for (const [item, values] of features) {
    const dot = new Map<string, number>()
    for (const feature of new Set(values)) {
      const weight = idf.get(feature)! ** 2
      for (const other of postings.get(feature)!) if (other !== item) dot.set(other, (dot.get(other) ?? 0) + weight)
    }
    const scored: Scored[] = []
    for (const [other, value] of dot) scored.push({ item: other, score: value / (norm.get(item)! * norm.get(other)! || 1) })
    scored.sort((a, b) => b.score - a.score || (a.item < b.item ? -1 : 1))
    result.set(item, scored.slice(0, limit))
  }
  return result
}

const STOP_WORDS = new Set(["OF", "AND", "THE", "WITH", "IN", "A", "FOR", "SET", "SMALL", "LARGE", "MINI", "JUMBO", "PACK", "ASSORTED", "DESIGN"])

/** Features of a free-text product name: its meaningful words ("WHITE HANGING HEART T-LIGHT HOLDER"). */
export function titleFeatures(title: string): string[] {
  return title
    .toUpperCase()
    .split(/[^A-Z0-9'-]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word) && !/^\d+$/.test(word))
    .map((word) => `word:${word}`)
}
