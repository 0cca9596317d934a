import { queryTermsOf } from "./text"
import { typoBudget } from "./typo"
import type { Vocabulary } from "./vocabulary"

/** Index terms a query word matches, each with how good a match it is (1 = as typed). */
export type TermMatches = Map<string, number>

/** What the matcher needs to know about the language of the catalogue. */
export type RelevanceSettings = {
  /** Each group lists words that mean the same thing to a shopper. */
  synonyms: string[][]
  stopWords: string[]
  /** Words at least this long tolerate one typo, or two (Meilisearch's minWordSizeForTypos). */
  minWordSizeForTypos: { oneTypo: number; twoTypos: number }
}

const QUALITY = { exact: 1, synonym: 0.9, prefix: 0.75, oneTypo: 0.6, twoTypos: 0.4 }
// A short prefix ("c") would pull in half the dictionary; the most frequent completions are enough.
const PREFIX_EXPANSIONS = 30
// "hart" is more likely "heart" than "part": shoppers seldom mistype a word's first letter.
const FIRST_LETTER_TYPO_PENALTY = 0.8

export class TermMatcher {
  private readonly synonyms = new Map<string, string[]>()
  private readonly stopWords: Set<string>

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly settings: RelevanceSettings,
  ) {
    this.stopWords = new Set(settings.stopWords.flatMap((word) => queryTermsOf(word)))
    for (const group of settings.synonyms) {
      const terms = group.flatMap((phrase) => queryTermsOf(phrase))
      for (const term of terms) this.synonyms.set(term, [...(this.synonyms.get(term) ?? []), ...terms.filter((t) => t !== term)])
    }
  }

  /** `isPrefix`: the word may still be being typed (the last word of an instant search). */
  match(term: string, isPrefix: boolean): TermMatches {
    const matches: TermMatches = new Map()
    const keep = (found: string, quality: number) => matches.set(found, Math.max(matches.get(found) ?? 0, quality))
    if (this.vocabulary.has(term)) keep(term, QUALITY.exact)
    for (const synonym of this.synonyms.get(term) ?? []) if (this.vocabulary.has(synonym)) keep(synonym, QUALITY.synonym)
    if (isPrefix) for (const completion of this.vocabulary.withPrefix(term, PREFIX_EXPANSIONS)) keep(completion, QUALITY.prefix)
    const budget = typoBudget(term.length, this.settings.minWordSizeForTypos)
    if (budget > 0) {
      for (const { term: near, typos } of this.vocabulary.near(term, budget)) {
        const quality = typos === 1 ? QUALITY.oneTypo : QUALITY.twoTypos
        keep(near, near[0] === term[0] ? quality : quality * FIRST_LETTER_TYPO_PENALTY)
      }
    }
    return matches
  }

  /** The closest known word, for "did you mean": tolerant beyond the typo budget, most frequent on ties. */
  correct(term: string): string | null {
    const known = this.vocabulary.has(term) || (this.synonyms.get(term) ?? []).some((synonym) => this.vocabulary.has(synonym))
    // A word still being typed ("hol") is a prefix of known words, not a typo.
    if (known || term.length < 3 || this.vocabulary.withPrefix(term, 1).length) return null
    const maxTypos = term.length >= 6 ? 2 : 1
    const candidates = this.vocabulary.near(term, maxTypos)
    // Fewest typos first; then words that start like the query's; then the commonest.
    const sameStart = (candidate: string) => (candidate[0] === term[0] ? 0 : 1)
    candidates.sort(
      (a, b) =>
        a.typos - b.typos ||
        sameStart(a.term) - sameStart(b.term) ||
        this.vocabulary.documentFrequency(b.term) - this.vocabulary.documentFrequency(a.term),
    )
    return candidates[0]?.term ?? null
  }

  isStopWord(term: string): boolean {
    return this.stopWords.has(term)
  }
}
