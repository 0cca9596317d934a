import { termsOfWord, Word, wordsOf } from "./text"

/** Wraps the words of `text` indexed under one of `matchedTerms` in `pre`/`post`; the text itself is left as is. */
export function highlight(text: string, matchedTerms: Set<string>, pre: string, post: string): string {
  return mark(text, wordsOf(text), matchedTerms, pre, post)
}

/** Like highlight, cut to about `length` words around the first match, with "…" where text was left out. */
export function highlightSnippet(text: string, matchedTerms: Set<string>, pre: string, post: string, length: number): string {
  const words = wordsOf(text)
  if (words.length <= length) return highlight(text, matchedTerms, pre, post)
  const firstMatch = Math.max(0, words.findIndex((word) => isMatched(word, matchedTerms)))
  const from = Math.max(0, Math.min(firstMatch - 4, words.length - length))
  const to = from + length - 1
  const excerpt = text.slice(words[from].start, words[to].end)
  const marked = mark(excerpt, wordsOf(excerpt), matchedTerms, pre, post)
  return `${from > 0 ? "…" : ""}${marked}${to < words.length - 1 ? "…" : ""}`
}

const isMatched = (word: Word, matchedTerms: Set<string>) => termsOfWord(word.text).some((term) => matchedTerms.has(term))

function mark(text: string, words: Word[], matchedTerms: Set<string>, pre: string, post: string): string {
  let marked = ""
  let position = 0
  for (const word of words) {
    if (!isMatched(word, matchedTerms)) continue
    marked += text.slice(position, word.start) + pre + word.text + post
    position = word.end
  }
  return marked + text.slice(position)
}
