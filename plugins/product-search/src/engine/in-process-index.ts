import type { SearchTypes } from "@medusajs/framework/types"
import { countFacets } from "./facets"
import { leafFields, searchableWeights, toNumber, valuesAt } from "./fields"
import { compileFilters } from "./filter-matcher"
import { highlight, highlightSnippet } from "./highlighter"
import { RelevanceSettings, TermMatcher, TermMatches } from "./term-matcher"
import { queryTermsOf, termsOf, wordsOf } from "./text"
import { Vocabulary } from "./vocabulary"

export type IndexedDocument = SearchTypes.SearchDocument
type Candidate = { slot: number; document: IndexedDocument; score: number; wordsMatched: number }
/** What a free-text query matched, computed once and shared by the queries of one `searchMany`. */
export type TextMatch = { candidates: Candidate[]; matchedTerms: Set<string> }

const DEFAULT_SNIPPET_WORDS = 24

/**
 * One search index in this process's memory: an inverted index with prefix,
 * synonym and typo matching over the fields the definition marks searchable
 * (each term keeps the weight of the best field it occurs in), filters,
 * facets, sorting and highlights over the stored documents.
 */
export class InProcessIndex {
  private readonly vocabulary = new Vocabulary()
  private readonly matcher: TermMatcher
  private readonly weights: [string, number][]
  private readonly kinds: Map<string, SearchTypes.SearchFieldKind>
  private readonly slots: (IndexedDocument | undefined)[] = []
  private readonly slotById = new Map<string, number>()
  private readonly termsBySlot = new Map<number, string[]>()
  private readonly freeSlots: number[] = []

  constructor(
    fields: Record<string, SearchTypes.SearchFieldDefinition>,
    relevance: RelevanceSettings,
  ) {
    this.matcher = new TermMatcher(this.vocabulary, relevance)
    this.weights = searchableWeights(fields).sort((a, b) => b[1] - a[1])
    this.kinds = new Map(leafFields(fields).map(({ path, field }) => [path, field.type]))
  }

  get size(): number {
    return this.slotById.size
  }

  upsert(documents: IndexedDocument[]): void {
    for (const document of documents) {
      this.forget(document.id)
      const slot = this.freeSlots.pop() ?? this.slots.length
      const terms = this.weightedTermsOf(document)
      for (const [term, weight] of terms) this.vocabulary.add(term, slot, weight)
      this.slots[slot] = document
      this.slotById.set(document.id, slot)
      this.termsBySlot.set(slot, [...terms.keys()])
    }
  }

  remove(ids: string[]): void {
    ids.forEach((id) => this.forget(id))
  }

  /** The ids of the documents matching a filter tree (for deletes by filter). */
  idsMatching(filters: SearchTypes.SearchFilters): string[] {
    const test = compileFilters(filters)
    return this.all().filter((document) => test(document)).map((document) => document.id)
  }

  get(id: string): IndexedDocument | undefined {
    const slot = this.slotById.get(id)
    return slot === undefined ? undefined : this.slots[slot]
  }

  /** Documents matching the free text: all of them for an empty query; else those matching every word, or failing that the most words. */
  matchText(q: string | undefined, matchStrategy: SearchTypes.SearchMatchStrategy = "last"): TextMatch {
    const text = q ?? ""
    const terms = this.meaningfulTerms(text)
    if (!terms.length) return { candidates: this.all().map((document) => ({ slot: this.slotById.get(document.id)!, document, score: 0, wordsMatched: 0 })), matchedTerms: new Set() }
    // Instant search: the last word may still be being typed, unless the query ends with a space.
    const prefixLast = matchStrategy !== "all" && !/\s$/.test(text)
    const termMatches = terms.map((term, i) => this.matcher.match(term, prefixLast && i === terms.length - 1))
    const candidates = this.candidates(termMatches)
    const most = Math.max(0, ...candidates.map((candidate) => candidate.wordsMatched))
    const kept = matchStrategy === "any" ? candidates : candidates.filter((candidate) => candidate.wordsMatched === most)
    return { candidates: kept, matchedTerms: new Set(termMatches.flatMap((matches) => [...matches.keys()])) }
  }

  search(query: SearchTypes.ProviderSearchQuery, text: TextMatch = this.matchText(query.q, query.search_options?.match_strategy)): SearchTypes.SearchResult {
    const options = query.search_options ?? {}
    const test = compileFilters(query.filters)
    let matching = text.candidates.filter(({ document }) => test(document))
    if (options.min_score !== undefined) matching = matching.filter(({ score }) => score >= options.min_score!)
    const skip = query.pagination?.skip ?? 0
    const take = query.pagination?.take ?? 20
    // A facet-only query (a disjunctive facet's) needs no order.
    if (take > 0) this.sort(matching, query.pagination?.order)
    const highlightOptions = query.q ? highlightSettings(options.highlight, this.weights.map(([path]) => path)) : null
    const hits = matching.slice(skip, skip + take).map(({ document, score }) => ({
      id: document.id,
      document: project(document, query.attributes_to_retrieve),
      ...(options.include_score ? { score } : {}),
      ...(highlightOptions ? { highlights: this.highlights(document, text.matchedTerms, highlightOptions) } : {}),
    }))
    const facets = options.facets?.length
      ? countFacets(
          matching.map(({ document }) => document),
          options.facets.map((facet) => (typeof facet === "string" ? { field: facet, type: "value" as const } : facet)),
        )
      : undefined
    return {
      hits,
      ...(facets ? { facets } : {}),
      metadata: { skip, take, count: options.count === "none" ? null : matching.length, ...(query.q ? { query: query.q } : {}) },
    }
  }

  /** The query with misspelt words replaced by the closest indexed words, when any was misspelt. */
  didYouMean(q: string | undefined): string | undefined {
    if (!q) return undefined
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

  private all(): IndexedDocument[] {
    return this.slots.filter((document): document is IndexedDocument => !!document)
  }

  private weightedTermsOf(document: IndexedDocument): Map<string, number> {
    const weights = new Map<string, number>()
    for (const [path, weight] of this.weights) {
      for (const value of valuesAt(document, path)) {
        if (typeof value !== "string" && typeof value !== "number") continue
        for (const term of termsOf(String(value))) weights.set(term, Math.max(weights.get(term) ?? 0, weight))
      }
    }
    return weights
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

  private candidates(termMatches: TermMatches[]): Candidate[] {
    const bySlot = new Map<number, Candidate>()
    for (const matches of termMatches) {
      const bestForThisWord = new Map<number, number>()
      for (const [term, quality] of matches) {
        for (const [slot, weight] of this.vocabulary.postingsOf(term) ?? []) {
          bestForThisWord.set(slot, Math.max(bestForThisWord.get(slot) ?? 0, quality * weight))
        }
      }
      for (const [slot, score] of bestForThisWord) {
        const candidate = bySlot.get(slot) ?? { slot, document: this.slots[slot]!, score: 0, wordsMatched: 0 }
        candidate.score += score
        candidate.wordsMatched++
        bySlot.set(slot, candidate)
      }
    }
    return [...bySlot.values()]
  }

  /** By the requested order, relevance otherwise; ties by title (or id), so the order is stable. */
  private sort(candidates: Candidate[], order: Record<string, SearchTypes.SearchOrderBy> | undefined): void {
    const tieBreak = (a: Candidate, b: Candidate) => label(a.document).localeCompare(label(b.document))
    const keys = Object.entries(order ?? { _score: "DESC" })
    const comparators = keys.map(([path, direction]) => {
      const sign = direction === "DESC" ? -1 : 1
      if (path === "_score") return (a: Candidate, b: Candidate) => sign * (a.score - b.score)
      const kind = this.kinds.get(path)
      // Documents without a value go last, whichever the direction.
      return (a: Candidate, b: Candidate) => {
        const [x, y] = [sortValue(a.document, path, kind), sortValue(b.document, path, kind)]
        if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1
        return sign * (typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : (x as number) - (y as number))
      }
    })
    candidates.sort((a, b) => {
      for (const comparator of comparators) {
        const result = comparator(a, b)
        if (result) return result
      }
      return tieBreak(a, b)
    })
  }

  private highlights(document: IndexedDocument, matchedTerms: Set<string>, options: HighlightSettings): Record<string, string[]> {
    const highlights: Record<string, string[]> = {}
    for (const path of options.fields) {
      const values = valuesAt(document, path).filter((value): value is string => typeof value === "string")
      if (!values.length) continue
      highlights[path] = values.map((value) =>
        options.snippet ? highlightSnippet(value, matchedTerms, options.pre, options.post, options.snippet) : highlight(value, matchedTerms, options.pre, options.post),
      )
    }
    return highlights
  }
}

type HighlightSettings = { fields: string[]; pre: string; post: string; snippet: number | null }

function highlightSettings(option: SearchTypes.SearchOptions["highlight"], searchable: string[]): HighlightSettings | null {
  if (!option) return null
  if (option === true) return { fields: searchable, pre: "<mark>", post: "</mark>", snippet: null }
  const snippet = option.snippet === true ? DEFAULT_SNIPPET_WORDS : option.snippet ? option.snippet.length : null
  return { fields: option.fields, pre: option.pre_tag ?? "<mark>", post: option.post_tag ?? "</mark>", snippet }
}

const label = (document: IndexedDocument) => (typeof document.title === "string" ? document.title : document.id)

function sortValue(document: IndexedDocument, path: string, kind: SearchTypes.SearchFieldKind | undefined): string | number | undefined {
  const [value] = valuesAt(document, path)
  if (value === undefined) return undefined
  if (kind === "text" || kind === "keyword") return String(value)
  return toNumber(value)
}

/** The requested paths' top-level fields: documents are small, so whole sub-objects go along. */
function project(document: IndexedDocument, paths: string[] | undefined): Record<string, unknown> {
  if (!paths) return document
  const projected: Record<string, unknown> = {}
  for (const path of paths) {
    const top = path.split(".")[0]
    if (top in document) projected[top] = document[top]
  }
  return projected
}
