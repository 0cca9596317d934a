/**
 * How text becomes search terms, shared by indexing, querying and
 * highlighting so the three always agree.
 */

/** A word as written, with where it sits in the text. */
export type Word = { text: string; start: number; end: number }

// Letters and digits, keeping "t-light" and "50's" together as one word.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }))
}

/** Lower case, no accents, no inner hyphens or apostrophes: "T-Light" → "tlight", "Noël" → "noel". */
export function normaliseWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’-]/g, "")
}

/** Plural to singular, enough for product names: "holders" → "holder", "berries" → "berry". */
export function stem(term: string): string {
  if (term.length > 4 && term.endsWith("ies")) return `${term.slice(0, -3)}y`
  if (term.length > 3 && term.endsWith("s") && !/(ss|us|is)$/.test(term)) return term.slice(0, -1)
  return term
}

/** The terms a word is indexed under: its stem, and for "t-light" also "t" and "light". */
export function termsOfWord(word: string): string[] {
  const terms = new Set([stem(normaliseWord(word))])
  if (/['’-]/.test(word)) for (const part of word.split(/['’-]/)) if (part) terms.add(stem(normaliseWord(part)))
  return [...terms]
}

export const termsOf = (text: string): string[] => wordsOf(text).flatMap((word) => termsOfWord(word.text))

/** Query words as terms, one per word, in order (a hyphenated word stays one term). */
export const queryTermsOf = (q: string): string[] => wordsOf(q).map((word) => stem(normaliseWord(word.text)))
