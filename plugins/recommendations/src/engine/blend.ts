/**
 * The learned blend behind the home row and "for you": every candidate item
 * of a shopper (what they bought or touched, EASE's best new items, what sells
 * now) gets features from their own history (how often, how recently, how
 * "due" a re-order is), from EASE and from popularity with recency; a
 * logistic regression fitted offline on one month of Online Retail (train
 * before 2011-07-01, labels = July's purchases; `npm run recommend:evaluate
 * -- --fit 2011-07`) turns them into the odds of being bought next, and the
 * row is the candidates by those odds. Judged on the following months.
 */
import { DAY_MS, growingWeight } from "./decay"
import type { ItemHistory } from "./history"

export const RECENT_HALF_LIFE_DAYS = 30
export const SEASON_HALF_LIFE_DAYS = 90

/** What the blend knows about a shopper as a whole. */
export type ShopperFacts = { orders: number; lastOrder: number; items: number }

/** What the blend knows about one candidate item for that shopper. */
export type CandidateFacts = {
  /** The shopper's history with the item, if any (only purchases make it "own"). */
  entry: ItemHistory | undefined
  /** EASE score divided by the shopper's best EASE score (0 when EASE knows nothing). */
  ease: number
  /** 0-based rank among the shopper's EASE scores, or undefined beyond the first 200. */
  easeRank: number | undefined
  /** Popularity (30-day and 7-day half-lives) as shares of the best item's, log-scaled. */
  popularity: number
  popularityWeek: number
  /** Share of the item's buyers who bought it again (smoothed). */
  repeatRate: number
}

const log1p = Math.log1p
const DAYS_SINCE_BUCKETS = [7, 14, 30, 60, 120, 240]
const RANK_BUCKETS = [1, 3, 10, 30]
const PURCHASE_BUCKETS = [2, 3, 5, 10]

export const BLEND_FEATURES = [
  "bias", "own", "own·log purchases", "own·log purchases (90 d)", "own·log purchases (30 d)", "own·log purchases (365 d)",
  "own·log days since last", "own·log shopper orders", "own·log shopper items", "own·repeat rate",
  "own·ease", "new·ease", "own·ease rank", "new·ease rank", "own·popularity", "new·popularity", "popularity (7 d)",
  "own·log days since first", "new·repeat rate", "own·log due ratio", "own·bought twice",
  ...DAYS_SINCE_BUCKETS.map((days) => `own·last < ${days} d`),
  ...RANK_BUCKETS.map((rank) => `ease rank < ${rank}`),
  ...PURCHASE_BUCKETS.map((count) => `own·purchases ≥ ${count}`),
  "log shopper orders", "own·log days since shopper's last order", "log days since shopper's last order", "new·log shopper items",
] as const

export function blendFeatures(now: number, time: { anchor: number; repeatHalfLifeDays: number }, shopper: ShopperFacts, candidate: CandidateFacts): number[] {
  const { anchor } = time
  const { entry } = candidate
  const bought = entry && entry.purchases > 0 ? entry : undefined
  const own = bought ? 1 : 0
  const fresh = 1 - own
  const asOfNow = (growing: number, halfLife: number) => growing / growingWeight(now, anchor, halfLife)
  const days = (from: number) => Math.max(0, (now - from) / DAY_MS)
  const sinceLast = bought ? days(bought.lastPurchase) : 0
  const sinceFirst = bought ? days(bought.firstPurchase) : 0
  const interval = bought && bought.purchases > 1 ? (bought.lastPurchase - bought.firstPurchase) / DAY_MS / (bought.purchases - 1) : 0
  const rankWeight = candidate.easeRank === undefined ? 0 : 1 / Math.log2(candidate.easeRank + 2)
  const sinceOrder = shopper.lastOrder > 0 ? log1p(days(shopper.lastOrder)) : 0
  return [
    1,
    own,
    own * log1p(bought?.purchases ?? 0),
    own * log1p(bought ? asOfNow(bought.seasonPurchases, SEASON_HALF_LIFE_DAYS) : 0),
    own * log1p(bought ? asOfNow(bought.recentPurchases, RECENT_HALF_LIFE_DAYS) : 0),
    own * log1p(bought ? asOfNow(bought.repeatEvidence, time.repeatHalfLifeDays) : 0),
    own * log1p(sinceLast),
    own * log1p(shopper.orders),
    own * log1p(shopper.items),
    own * candidate.repeatRate,
    own * candidate.ease,
    fresh * candidate.ease,
    own * rankWeight,
    fresh * rankWeight,
    own * candidate.popularity,
    fresh * candidate.popularity,
    candidate.popularityWeek,
    own * log1p(sinceFirst),
    fresh * candidate.repeatRate,
    own * (bought && bought.purchases > 1 ? Math.log((sinceLast + 1) / (interval + 1)) : 0),
    own * (bought && bought.purchases > 1 ? 1 : 0),
    ...DAYS_SINCE_BUCKETS.map((limit) => (bought && sinceLast < limit ? 1 : 0)),
    ...RANK_BUCKETS.map((limit) => (candidate.easeRank !== undefined && candidate.easeRank < limit ? 1 : 0)),
    ...PURCHASE_BUCKETS.map((count) => (bought && bought.purchases >= count ? 1 : 0)),
    log1p(shopper.orders),
    own * sinceOrder,
    sinceOrder,
    fresh * log1p(shopper.items),
  ]
}

export function blendScore(weights: readonly number[], features: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < features.length; i++) sum += weights[i] * features[i]
  return sum
}

/**
 * Logistic regression by Newton's method with an L2 penalty, on standardised
 * features; returns weights for the raw features (standardisation folded in).
 * Feature 0 must be the constant 1 (the bias, not penalised).
 */
export function fitLogistic(rows: readonly { x: readonly number[]; y: number }[], l2 = 1e-3, iterations = 30): number[] {
  const d = rows[0]?.x.length ?? 0
  const mean = new Array(d).fill(0)
  const spread = new Array(d).fill(1)
  for (let j = 1; j < d; j++) {
    let sum = 0
    let squares = 0
    for (const { x } of rows) {
      sum += x[j]
      squares += x[j] * x[j]
    }
    mean[j] = sum / rows.length
    spread[j] = Math.sqrt(Math.max(1e-9, squares / rows.length - mean[j] ** 2))
  }
  const z = rows.map(({ x }) => x.map((value, j) => (j === 0 ? 1 : (value - mean[j]) / spread[j])))
  let w = new Array(d).fill(0)
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array(d).fill(0)
    const hessian = Array.from({ length: d }, () => new Array(d).fill(0))
    z.forEach((features, k) => {
      const p = 1 / (1 + Math.exp(-blendScore(w, features)))
      const residual = p - rows[k].y
      const curvature = p * (1 - p)
      for (let a = 0; a < d; a++) {
        gradient[a] += residual * features[a]
        const scaled = curvature * features[a]
        if (scaled !== 0) for (let b = 0; b < d; b++) hessian[a][b] += scaled * features[b]
      }
    })
    for (let a = 1; a < d; a++) {
      gradient[a] += l2 * rows.length * w[a]
      hessian[a][a] += l2 * rows.length
    }
    hessian[0][0] += 1e-9
    const step = solve(hessian, gradient)
    w = w.map((value, i) => value - step[i])
    if (Math.max(...step.map(Math.abs)) < 1e-7) break
  }
  const raw = w.map((value, j) => (j === 0 ? value : value / spread[j]))
  raw[0] = w[0] - w.reduce((sum, value, j) => (j === 0 ? sum : sum + (value * mean[j]) / spread[j]), 0)
  return raw
}

/** Gaussian elimination with partial pivoting (small dense systems). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length
  const a = matrix.map((row, i) => [...row, vector[i]])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r
    ;[a[c], a[pivot]] = [a[pivot], a[c]]
    if (Math.abs(a[c][c]) < 1e-12) continue
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const factor = a[r][c] / a[c][c]
      if (factor !== 0) for (let k = c; k <= n; k++) a[r][k] -= factor * a[c][k]
    }
  }
  return a.map((row, i) => (Math.abs(row[i]) < 1e-12 ? 0 : row[n] / row[i]))
}
