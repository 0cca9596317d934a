/**
 * A trained model, read-only: the building blocks of every placement.
 * Each method returns at most k items, best first, and never fails for an
 * unknown shopper or item — it falls back to popularity.
 */
import { blendFeatures, blendScore, type CandidateFacts, type ShopperFacts } from "./blend"
import { growingWeight } from "./decay"
import { easeScores, type EaseModel } from "./ease"
import { purchasedItems, type UserHistory } from "./history"
import type { EngineOptions } from "./options"
import { addScore, fillUp, normalised, topK } from "./ranking"
import type { NeighbourIndex } from "./similarity"
import type { Scored } from "./types"

export type ModelParts = {
  options: EngineOptions
  neighbours: NeighbourIndex
  /** Every item by popularity with recency, best first. */
  popularity: Scored[]
  repeatRates: Map<string, number>
  histories: Map<string, UserHistory>
  /** Popularity with a 7-day half-life, best first. */
  popularityWeek?: Scored[]
  shoppers?: Map<string, ShopperFacts>
  ease?: EaseModel | null
  /** The moment the model describes (the latest signal). */
  now?: number
}

/** One candidate of the blend, with the features it was scored on. */
export type BlendCandidate = { item: string; features: number[] }

/** How many of EASE's and of the popular items join a shopper's own items as candidates. */
const EASE_CANDIDATES = 50
const POPULAR_CANDIDATES = 40
const RANKED_EASE = 200

const NONE: ReadonlySet<string> = new Set()

export class RecommenderModel {
  private readonly popularityShare: Map<string, number>
  private readonly popularityLog: Map<string, number>
  private readonly popularityWeekLog: Map<string, number>

  constructor(private readonly parts: ModelParts) {
    this.popularityShare = normalised(new Map(parts.popularity.map(({ item, score }) => [item, score])))
    const asOfNow = (halfLife: number) => growingWeight(parts.now ?? parts.options.anchor, parts.options.anchor, halfLife)
    this.popularityLog = logShares(parts.popularity, asOfNow(parts.options.itemHalfLifeDays))
    this.popularityWeekLog = logShares(parts.popularityWeek ?? [], asOfNow(7))
  }

  /** EASE scores of a user's items: x·B, as item → score (only items EASE covers). */
  easeOf(user: string): Map<string, number> {
    const scores = new Map<string, number>()
    const { ease } = this.parts
    const history = this.parts.histories.get(user)
    if (!ease || !history) return scores
    const { anchor, userHalfLifeDays } = this.options
    const scale = growingWeight(this.parts.now ?? anchor, anchor, userHalfLifeDays)
    const indexes: number[] = []
    const values: number[] = []
    for (const [item, entry] of history) {
      const i = ease.index.get(item)
      if (i === undefined || entry.interest <= 0) continue
      indexes.push(i)
      values.push(Math.min(1, entry.interest / scale))
    }
    const raw = easeScores(ease, { indexes, values })
    raw.forEach((score, i) => scores.set(ease.items[i], score))
    return scores
  }

  /**
   * The blend's candidates for a known shopper with their features: their own
   * items, EASE's best items they have not bought, and what sells now.
   */
  blendCandidates(user: string, skipBought: boolean, ease: Map<string, number> = this.easeOf(user)): BlendCandidate[] {
    const history = this.parts.histories.get(user)
    if (!history) return []
    const bought = purchasedItems(history)
    const ranked = topK(ease, RANKED_EASE)
    const rank = new Map(ranked.map(({ item }, i) => [item, i]))
    const best = ranked[0]?.score ?? 0
    const candidates = new Set<string>()
    if (!skipBought) for (const item of bought) candidates.add(item)
    for (const { item } of ranked) {
      if (candidates.size >= (skipBought ? 0 : bought.size) + EASE_CANDIDATES) break
      if (!bought.has(item)) candidates.add(item)
    }
    let popular = 0
    for (const { item } of this.parts.popularity) {
      if (popular >= POPULAR_CANDIDATES) break
      if (bought.has(item)) continue
      candidates.add(item)
      popular++
    }
    const shopper = this.parts.shoppers?.get(user) ?? { orders: 0, lastOrder: 0, items: history.size }
    const now = this.parts.now ?? 0
    const result: BlendCandidate[] = []
    for (const item of candidates) {
      const facts: CandidateFacts = {
        entry: history.get(item),
        ease: best > 0 ? (ease.get(item) ?? 0) / best : 0,
        easeRank: rank.get(item),
        popularity: this.popularityLog.get(item) ?? 0,
        popularityWeek: this.popularityWeekLog.get(item) ?? 0,
        repeatRate: this.parts.repeatRates.get(item) ?? 0.5,
      }
      result.push({ item, features: blendFeatures(now, this.options, shopper, facts) })
    }
    return result
  }

  /**
   * The blend's ranking: candidates by their odds of being bought next. Null
   * (the caller falls back to co-occurrence and content neighbours) without
   * weights, or when EASE says nothing about this shopper's items (items too
   * new or too rare to be among EASE's), so that new products still reach them.
   */
  private blended(user: string, k: number, skipBought: boolean, exclude: ReadonlySet<string>): Scored[] | null {
    const weights = this.options.blendWeights
    if (!weights || !this.parts.ease) return null
    const ease = this.easeOf(user)
    const bought = purchasedItems(this.parts.histories.get(user))
    let knows = false
    for (const [item, score] of ease) if (score > 0 && !bought.has(item)) knows = true
    if (!knows) return null
    const scores = new Map<string, number>()
    for (const { item, features } of this.blendCandidates(user, skipBought, ease)) scores.set(item, 1 / (1 + Math.exp(-blendScore(weights, features))))
    return topK(scores, k, exclude)
  }

  get options(): EngineOptions {
    return this.parts.options
  }

  get users(): string[] {
    return [...this.parts.histories.keys()]
  }

  get items(): string[] {
    return this.parts.popularity.map(({ item }) => item)
  }

  historyOf(user: string): UserHistory | undefined {
    return this.parts.histories.get(user)
  }

  /** The item's own neighbours, best first: what session answers blend at request time. */
  neighboursOf(item: string, k: number): Scored[] {
    return (this.parts.neighbours.get(item) ?? []).slice(0, k)
  }

  /** The cold-start answer: what sells now. */
  popular(k: number, exclude: ReadonlySet<string> = NONE): Scored[] {
    return fillUp([], this.parts.popularity, k, exclude)
  }

  /** Items taken with these ones (summed similarities), then popular ones. */
  similarTo(items: readonly string[], k: number, exclude: ReadonlySet<string> = NONE): Scored[] {
    const scores = new Map<string, number>()
    for (const item of items) for (const { item: other, score } of this.parts.neighbours.get(item) ?? []) addScore(scores, other, score)
    const skip = new Set([...exclude, ...items])
    return fillUp(topK(scores, k, skip), this.parts.popularity, k, skip)
  }

  /**
   * "For you": items the shopper has NOT bought, scored by similarity to what
   * they touched (weighted by recency and signal strength), with a little
   * popularity to order sparse histories.
   */
  forYou(user: string, k: number, exclude: ReadonlySet<string> = NONE): Scored[] {
    const history = this.parts.histories.get(user)
    const skip = new Set([...exclude, ...purchasedItems(history)])
    const blended = history ? this.blended(user, k, true, skip) : null
    if (blended) return fillUp(blended, this.parts.popularity, k, skip)
    return fillUp(topK(this.discoveryScores(history), k, skip), this.parts.popularity, k, skip)
  }

  /**
   * "Buy again": only items the shopper bought, ranked by recent purchase
   * occasions times how often buyers of that item buy it again.
   */
  buyAgain(user: string, k: number, exclude: ReadonlySet<string> = NONE): Scored[] {
    return topK(this.repeatScores(this.parts.histories.get(user)), k, exclude)
  }

  /**
   * Home: the best of both for a known shopper — their likely re-orders and
   * new discoveries on one scale (each normalised to its best, re-orders
   * weighted by homeBuyAgainWeight); popularity for a shopper we don't know.
   */
  home(user: string | null, k: number, exclude: ReadonlySet<string> = NONE): Scored[] {
    const history = user ? this.parts.histories.get(user) : undefined
    if (!history) return this.popular(k, exclude)
    const blended = this.blended(user!, k, false, exclude)
    if (blended) return fillUp(blended, this.parts.popularity, k, exclude)
    const scores = normalised(this.discoveryScores(history))
    const bought = purchasedItems(history)
    for (const item of bought) scores.delete(item)
    for (const [item, score] of normalised(this.repeatScores(history))) scores.set(item, score * this.options.homeBuyAgainWeight)
    return fillUp(topK(scores, k, exclude), this.parts.popularity, k, exclude)
  }

  /** Items the shopper viewed, latest first. */
  recentlyViewed(user: string, k: number, exclude: ReadonlySet<string> = NONE): Scored[] {
    const viewed = new Map<string, number>()
    for (const [item, entry] of this.parts.histories.get(user) ?? []) if (entry.lastViewed > 0) viewed.set(item, entry.lastViewed)
    return topK(viewed, k, exclude)
  }

  private discoveryScores(history: UserHistory | undefined): Map<string, number> {
    const scores = new Map<string, number>()
    if (!history) return scores
    const interest = normalised(new Map([...history].map(([item, entry]) => [item, entry.interest])))
    for (const [item, weight] of interest) {
      for (const { item: other, score } of this.parts.neighbours.get(item) ?? []) addScore(scores, other, weight * score)
    }
    const personal = normalised(scores)
    const blend = this.options.popularityBlend
    if (blend > 0) for (const [item, share] of this.popularityShare) addScore(personal, item, blend * share)
    return personal
  }

  private repeatScores(history: UserHistory | undefined): Map<string, number> {
    const scores = new Map<string, number>()
    const exponent = this.options.repeatRateExponent
    for (const [item, entry] of history ?? []) {
      if (entry.purchases === 0) continue
      scores.set(item, entry.repeatEvidence * (this.parts.repeatRates.get(item) ?? 0.5) ** exponent)
    }
    return scores
  }
}

/** log(1 + score) / log(1 + best score): popularity on a 0–1 scale that does not crush the long tail. */
function logShares(ranking: readonly Scored[], scale: number): Map<string, number> {
  const best = Math.log1p((ranking[0]?.score ?? 0) / scale)
  const shares = new Map<string, number>()
  if (best > 0) for (const { item, score } of ranking) shares.set(item, Math.log1p(score / scale) / best)
  return shares
}
