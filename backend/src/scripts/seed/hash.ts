/**
 * FNV-1a, 32 bits: a stable pseudo-random number from a string, so that the
 * "random" choices of the seed (stock levels, sampled customers, picture
 * layouts) come out the same on every machine and every run.
 */
export function hash(text: string): number {
  let value = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** A whole number in [min, max] picked by the hash of `key`. */
export function pick(key: string, min: number, max: number): number {
  return min + (hash(key) % (max - min + 1))
}
