/**
 * EASE (Steck 2019, "Embarrassingly Shallow Autoencoders"): a linear
 * item-to-item model with a closed-form solution. With X the shopper × item
 * matrix and G = XᵀX + λI, P = G⁻¹ and B = I − P·diag(1/diag P) (diagonal
 * forced to 0), a shopper's score for item j is Σᵢ x_i·B_ij: what their
 * other items say about j, learned jointly rather than pair by pair.
 *
 * A few thousand items make a dense n×n Float64Array (2,000 items: 32 MB);
 * the inverse is an in-place symmetric sweep, n³/2 multiply-adds, seconds.
 */

export type EaseModel = {
  items: readonly string[]
  index: ReadonlyMap<string, number>
  /** B, row-major: weights[i * n + j] is what having item i says about item j. */
  weights: Float64Array
}

/** One shopper's row of X: item indexes and their values. */
export type EaseRow = { indexes: readonly number[]; values: readonly number[] }

/**
 * Inverts a symmetric positive definite matrix in place. Only the upper
 * triangle (i ≤ j, row-major) is read and written; on return it holds the
 * upper triangle of the inverse. The sweep operator, pivot by pivot: no
 * pivoting is needed since G + λI is positive definite.
 */
export function invertSymmetric(a: Float64Array, n: number): Float64Array {
  const row = new Float64Array(n)
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < k; j++) row[j] = a[j * n + k]
    for (let j = k; j < n; j++) row[j] = a[k * n + j]
    const pivot = row[k]
    if (!(Math.abs(pivot) > 1e-300)) throw new Error(`invertSymmetric: singular matrix (pivot ${k})`)
    for (let i = 0; i < n; i++) {
      if (i === k) continue
      const factor = row[i] / pivot
      if (factor === 0) continue
      const offset = i * n
      for (let j = i; j < n; j++) a[offset + j] -= factor * row[j]
    }
    for (let j = 0; j < k; j++) a[j * n + k] = row[j] / pivot
    for (let j = k + 1; j < n; j++) a[k * n + j] = row[j] / pivot
    a[k * n + k] = -1 / pivot
  }
  // The sweep leaves −A⁻¹.
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = -a[i * n + j]
  return a
}

/** Trains B from shoppers' rows over `items` (indexes into it), with ridge λ. */
export function trainEase(items: readonly string[], rows: Iterable<EaseRow>, lambda: number): EaseModel {
  const n = items.length
  const gram = new Float64Array(n * n)
  for (const { indexes, values } of rows) {
    for (let a = 0; a < indexes.length; a++) {
      const i = indexes[a]
      const vi = values[a]
      for (let b = 0; b < indexes.length; b++) {
        const j = indexes[b]
        if (i <= j) gram[i * n + j] += vi * values[b]
      }
    }
  }
  for (let i = 0; i < n; i++) gram[i * n + i] += lambda
  invertSymmetric(gram, n)
  // B_ij = −P_ij / P_jj, B_jj = 0; P is symmetric and stored as its upper triangle.
  const diagonal = new Float64Array(n)
  for (let j = 0; j < n; j++) diagonal[j] = gram[j * n + j]
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const p = gram[i * n + j]
      gram[i * n + j] = -p / diagonal[j]
      gram[j * n + i] = -p / diagonal[i]
    }
    gram[i * n + i] = 0
  }
  return { items, index: new Map(items.map((item, i) => [item, i])), weights: gram }
}

/** x·B for one shopper: a score per item of the model (Float64Array over `model.items`). */
export function easeScores(model: EaseModel, row: EaseRow): Float64Array {
  const n = model.items.length
  const scores = new Float64Array(n)
  const { weights } = model
  for (let a = 0; a < row.indexes.length; a++) {
    const offset = row.indexes[a] * n
    const value = row.values[a]
    for (let j = 0; j < n; j++) scores[j] += value * weights[offset + j]
  }
  return scores
}
