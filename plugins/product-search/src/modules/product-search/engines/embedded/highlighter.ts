import { markersToHtml, MARK_END, MARK_START } from "../shared/highlight-markup"
import { termsOfWord, Word, wordsOf } from "../shared/text"

const DESCRIPTION_WORDS = 24

/** Marks the words of `text` indexed under one of `matchedTerms`; returns safe HTML. */
export function highlight(text: string, matchedTerms: Set<string>): string {
  return markersToHtml(mark(text, wordsOf(text), matchedTerms))
}

/** Like highlight, cut to about DESCRIPTION_WORDS words around the first match. */
export function highlightExcerpt(text: string, matchedTerms: Set<string>): string {
  const words = wordsOf(text)
  if (words.length <= DESCRIPTION_WORDS) return highlight(text, matchedTerms)
  const firstMatch = Math.max(0, words.findIndex((word) => isMatched(word, matchedTerms)))
  const from = Math.max(0, Math.min(firstMatch - 4, words.length - DESCRIPTION_WORDS))
  const to = from + DESCRIPTION_WORDS - 1
  const excerpt = text.slice(words[from].start, words[to].end)
  const marked = mark(excerpt, wordsOf(excerpt), matchedTerms)
  return markersToHtml(`${from > 0 ? "…" : ""}${marked}${to < words.length - 1 ? "…" : ""}`)
}

const isMatched = (word: Word, matchedTerms: Set<string>) => termsOfWord(word.text).some((term) => matchedTerms.has(term))

function mark(text: string, words: Word[], matchedTerms: Set<string>): string {
  let marked = ""
  let position = 0
  for (const word of words) {
    if (!isMatched(word, matchedTerms)) continue
    marked += text.slice(position, word.start) + MARK_START + word.text + MARK_END
    position = word.end
  }
  return marked + text.slice(position)
}
