// Realistic shopper queries: one to three words of real product names,
// a share of them mistyped, some cut short as in an instant search box.
const LETTERS = "abcdefghijklmnopqrstuvwxyz"

function typo(word, random) {
  if (word.length < 4) return word
  const at = 1 + Math.floor(random() * (word.length - 2))
  const kind = Math.floor(random() * 3)
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1) // a letter left out
  if (kind === 1) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) // two letters swapped
  return word.slice(0, at) + LETTERS[Math.floor(random() * LETTERS.length)] + word.slice(at + 1) // a wrong letter
}

/** Queries with the product each was made from, to measure whether the engine finds it. */
export function buildQueries(documents, count, random) {
  return Array.from({ length: count }, () => {
    const target = documents[Math.floor(random() * documents.length)]
    const words = target.title.toLowerCase().split(/\s+/).filter((word) => /^[a-z]{3,}$/.test(word))
    const start = Math.floor(random() * Math.max(1, words.length - 1))
    let picked = words.slice(start, start + 1 + Math.floor(random() * 3))
    if (random() < 0.4) picked = picked.map((word) => (random() < 0.5 ? typo(word, random) : word))
    const kind = random()
    if (kind < 0.2) picked[picked.length - 1] = picked[picked.length - 1].slice(0, 3) // still typing
    return { q: picked.join(" ") || "heart", targetId: target.id }
  })
}
