import { letterMask, mayBeWithin, typoDistance } from "./typo"

type Near = { term: string; typos: number }
type TermWithMask = { term: string; mask: number }

// Instant search asks for the same words again and again as the shopper types.
const NEAR_CACHE_SIZE = 5_000

/** Where a term occurs: document slot → the weight of the best field it occurs in. */
export type Postings = Map<number, number>

/**
 * The inverted index: every term with its postings, plus the term lists that
 * make prefix and typo look-ups cheap (sorted for prefixes, by length for typos).
 */
export class Vocabulary {
  private readonly postings = new Map<string, Postings>()
  private sortedTerms: string[] | null = null
  private termsByLength: Map<number, TermWithMask[]> | null = null
  private readonly nearCache = new Map<string, Near[]>()

  add(term: string, slot: number, weight: number): void {
    let postings = this.postings.get(term)
    if (!postings) {
      postings = new Map()
      this.postings.set(term, postings)
      this.termsChanged()
    }
    postings.set(slot, Math.max(postings.get(slot) ?? 0, weight))
  }

  /** Forgets a document slot; terms left without documents disappear. */
  removeSlot(slot: number, terms: Iterable<string>): void {
    for (const term of terms) {
      const postings = this.postings.get(term)
      if (!postings) continue
      postings.delete(slot)
      if (postings.size === 0) {
        this.postings.delete(term)
        this.termsChanged()
      }
    }
  }

  postingsOf(term: string): Postings | undefined {
    return this.postings.get(term)
  }

  has(term: string): boolean {
    return this.postings.has(term)
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0
  }

  /** Terms that start with `prefix` (not the prefix itself), most frequent first, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    const terms = this.sorted()
    let low = 0
    let high = terms.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (terms[middle] < prefix) low = middle + 1
      else high = middle
    }
    const found: string[] = []
    for (let i = low; i < terms.length && terms[i].startsWith(prefix); i++) if (terms[i] !== prefix) found.push(terms[i])
    return found.sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, limit)
  }

  /** Terms within `maxTypos` of `term` (not the term itself), with their distance. */
  near(term: string, maxTypos: number): Near[] {
    const key = `${maxTypos}:${term}`
    let found = this.nearCache.get(key)
    if (!found) {
      found = this.scanNear(term, maxTypos)
      if (this.nearCache.size >= NEAR_CACHE_SIZE) this.nearCache.clear()
      this.nearCache.set(key, found)
    }
    return found
  }

  private scanNear(term: string, maxTypos: number): Near[] {
    const byLength = this.byLength()
    const mask = letterMask(term)
    const found: Near[] = []
    for (let length = term.length - maxTypos; length <= term.length + maxTypos; length++) {
      for (const candidate of byLength.get(length) ?? []) {
        if (candidate.term === term || !mayBeWithin(mask, candidate.mask, maxTypos)) continue
        const typos = typoDistance(term, candidate.term, maxTypos)
        if (typos <= maxTypos) found.push({ term: candidate.term, typos })
      }
    }
    return found
  }

  private termsChanged(): void {
    this.sortedTerms = null
    this.termsByLength = null
    this.nearCache.clear()
  }

  private sorted(): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort()
    return this.sortedTerms
  }

  private byLength(): Map<number, TermWithMask[]> {
    if (!this.termsByLength) {
      this.termsByLength = new Map()
      for (const term of this.postings.keys()) {
        const list = this.termsByLength.get(term.length) ?? []
        list.push({ term, mask: letterMask(term) })
        this.termsByLength.set(term.length, list)
      }
    }
    return this.termsByLength
  }
}
