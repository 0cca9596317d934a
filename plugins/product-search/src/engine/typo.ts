/**
 * Damerau-Levenshtein distance (optimal string alignment: a swap of two
 * neighbouring letters counts as one typo), giving up as soon as it must
 * exceed `max`. Three reused rows: this runs for thousands of words per query.
 */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 1))
  let [beforePrevious, previous, current] = rows
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, beforePrevious[j - 2] + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[beforePrevious, previous, current] = [previous, current, beforePrevious]
  }
  return previous[b.length]
}

/**
 * Which letters a word holds, one bit per letter (modulo 32). One typo changes
 * at most two bits, so words whose masks differ by more than 2 × max bits
 * cannot be within `max` typos — a cheap test before the real distance.
 */
export function letterMask(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31)
  return mask
}

export function mayBeWithin(maskA: number, maskB: number, max: number): boolean {
  let differing = maskA ^ maskB
  let bits = 0
  while (differing) {
    differing &= differing - 1
    if (++bits > 2 * max) return false
  }
  return true
}

/** How many typos a word of this length may carry. */
export function typoBudget(length: number, minWordSize: { oneTypo: number; twoTypos: number }): number {
  if (length >= minWordSize.twoTypos) return 2
  return length >= minWordSize.oneTypo ? 1 : 0
}
