/**
 * A trained model, read-only: the building blocks of every placement.
 * Each method returns at most k items, best first, and never fails for an
 * unknown shopper or item — it falls back to popularity.
 */
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
}

const NONE: ReadonlySet<string> = new Set()

export class RecommenderModel {
  private readonly popularityShare: Map<string, number>

  constructor(private readonly parts: ModelParts) {
    this.popularityShare = normalised(new Map(parts.popularity.map(({ item, score }) => [item, score])))
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
