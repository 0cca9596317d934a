import type { SearchDocument } from "../../types"
import { termsOf } from "../shared/text"

/** How much a match counts, by where it is: a word of the title beats one of the description. */
const FIELD_WEIGHTS: [number, (document: SearchDocument) => string[]][] = [
  [10, (document) => [document.title]],
  [8, (document) => document.skus],
  [5, (document) => [...document.categories.map((category) => category.name), document.collection ?? "", ...document.tags]],
  [5, (document) => Object.values(document.options).flat()],
  [2, (document) => [document.origin ?? "", document.materials ?? ""]],
  [1, (document) => [document.description]],
]

/** Every term of a document with the weight of the best field it appears in. */
export function weightedTermsOf(document: SearchDocument): Map<string, number> {
  const weights = new Map<string, number>()
  for (const [weight, fieldsOf] of FIELD_WEIGHTS) {
    for (const term of fieldsOf(document).flatMap(termsOf)) weights.set(term, Math.max(weights.get(term) ?? 0, weight))
  }
  return weights
}
