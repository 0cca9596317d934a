import type { SearchSettings } from "../../settings/default-settings"
import { DEFAULT_LIMIT, SearchDocument, SearchEngine, SearchQuery, SearchResult, SearchSort } from "../../types"
import { priceBuckets, PriceBucket } from "../shared/price-buckets"
import { queryTermsOf, wordsOf } from "../shared/text"
import { toHit } from "../shared/to-hit"
import { matchesFilters } from "./document-filter"
import { weightedTermsOf } from "./document-terms"
import { countFacets } from "./facet-counter"
import { highlight, highlightExcerpt } from "./highlighter"
import { TermMatcher, TermMatches } from "./term-matcher"
import { Vocabulary } from "./vocabulary"

type Candidate = { document: SearchDocument; score: number; wordsMatched: number }

/**
 * Search in this process's memory: an inverted index with prefix, synonym
 * and typo matching. Every process keeps its own copy, rebuilt from the
 * documents the module service stores in PostgreSQL.
 */
export class EmbeddedEngine implements SearchEngine {
  readonly name = "embedded"
  private readonly vocabulary = new Vocabulary()
  private readonly matcher: TermMatcher
  private readonly buckets: PriceBucket[]
  private readonly slots: (SearchDocument | undefined)[] = []
  private readonly slotById = new Map<string, number>()
  private readonly termsBySlot = new Map<number, string[]>()
  private readonly freeSlots: number[] = []

  constructor(settings: SearchSettings) {
    this.matcher = new TermMatcher(this.vocabulary, settings)
    this.buckets = priceBuckets(settings.priceBucketBounds)
  }

  get size(): number {
    return this.slotById.size
  }

  async index(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) {
      this.forget(document.id)
      const slot = this.freeSlots.pop() ?? this.slots.length
      const terms = weightedTermsOf(document)
      for (const [term, weight] of terms) this.vocabulary.add(term, slot, weight)
      this.slots[slot] = document
      this.slotById.set(document.id, slot)
      this.termsBySlot.set(slot, [...terms.keys()])
    }
  }

  async remove(ids: string[]): Promise<void> {
    ids.forEach((id) => this.forget(id))
  }

  /** The indexed documents among `ids`. */
  documents(ids: string[]): SearchDocument[] {
    return ids.flatMap((id) => {
      const slot = this.slotById.get(id)
      return slot === undefined ? [] : [this.slots[slot]!]
    })
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { filters = {}, sort = "relevance", page = 1, limit = DEFAULT_LIMIT } = query
    const terms = this.meaningfulTerms(query.q)
    const termMatches = terms.map((term, i) => this.matcher.match(term, i === terms.length - 1 && !/\s$/.test(query.q)))
    const candidates = this.bestCoverage(this.candidates(termMatches).filter(({ document }) => matchesFilters(document, filters)))
    sortCandidates(candidates, sort, filters.currency)
    const matchedTerms = new Set(termMatches.flatMap((matches) => [...matches.keys()]))
    const hits = candidates.slice((page - 1) * limit, page * limit).map(({ document }) =>
      toHit(
        document,
        { title: highlight(document.title, matchedTerms), description: highlightExcerpt(document.description, matchedTerms) },
        filters.currency,
      ),
    )
    return {
      hits,
      total: candidates.length,
      page,
      limit,
      facets: countFacets(candidates.map(({ document }) => document), this.buckets, filters.currency),
      did_you_mean: this.didYouMean(query.q),
      engine: this.name,
    }
  }

  /** The query with misspelt words replaced by the closest indexed words, when any was misspelt. */
  didYouMean(q: string): string | undefined {
    let corrected = false
    const words = wordsOf(q).map(({ text }) => {
      const [term] = queryTermsOf(text)
      const correction = this.matcher.isStopWord(term) ? null : this.matcher.correct(term)
      if (!correction) return text
      corrected = true
      return correction
    })
    return corrected ? words.join(" ") : undefined
  }

  private forget(id: string): void {
    const slot = this.slotById.get(id)
    if (slot === undefined) return
    this.vocabulary.removeSlot(slot, this.termsBySlot.get(slot) ?? [])
    this.termsBySlot.delete(slot)
    this.slots[slot] = undefined
    this.slotById.delete(id)
    this.freeSlots.push(slot)
  }

  /** Query terms without stop words, unless the query is nothing but stop words. */
  private meaningfulTerms(q: string): string[] {
    const terms = queryTermsOf(q)
    const meaningful = terms.filter((term) => !this.matcher.isStopWord(term))
    return meaningful.length ? meaningful : terms
  }

  /** Every document that matches at least one query word, scored; every document for an empty query. */
  private candidates(termMatches: TermMatches[]): Candidate[] {
    if (!termMatches.length) return this.slots.flatMap((document) => (document ? [{ document, score: 0, wordsMatched: 0 }] : []))
    const bySlot = new Map<number, Candidate>()
    termMatches.forEach((matches) => {
      const bestForThisWord = new Map<number, number>()
      for (const [term, quality] of matches) {
        for (const [slot, weight] of this.vocabulary.postingsOf(term) ?? []) {
          bestForThisWord.set(slot, Math.max(bestForThisWord.get(slot) ?? 0, quality * weight))
        }
      }
      for (const [slot, score] of bestForThisWord) {
        const candidate = bySlot.get(slot) ?? { document: this.slots[slot]!, score: 0, wordsMatched: 0 }
        candidate.score += score
        candidate.wordsMatched++
        bySlot.set(slot, candidate)
      }
    })
    return [...bySlot.values()]
  }

  /** Documents matching every word; failing that, those matching the most words. */
  private bestCoverage(candidates: Candidate[]): Candidate[] {
    const most = Math.max(0, ...candidates.map((candidate) => candidate.wordsMatched))
    return candidates.filter((candidate) => candidate.wordsMatched === most)
  }
}

function sortCandidates(candidates: Candidate[], sort: SearchSort, currency?: string): void {
  const byTitle = (a: Candidate, b: Candidate) => a.document.title.localeCompare(b.document.title)
  // Documents without a price in the currency go last, whichever the direction.
  const priceOf = (candidate: Candidate, missing: number) => (currency ? candidate.document.prices[currency] : undefined) ?? missing
  const ascending = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0)
  const comparators: Record<SearchSort, (a: Candidate, b: Candidate) => number> = {
    relevance: (a, b) => b.score - a.score || byTitle(a, b),
    price_asc: (a, b) => ascending(priceOf(a, Infinity), priceOf(b, Infinity)) || byTitle(a, b),
    price_desc: (a, b) => ascending(priceOf(b, -Infinity), priceOf(a, -Infinity)) || byTitle(a, b),
    title_asc: byTitle,
    newest: (a, b) => b.document.created_at.localeCompare(a.document.created_at) || byTitle(a, b),
  }
  candidates.sort(comparators[sort])
}
