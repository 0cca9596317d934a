/**
 * Training, incrementally: every signal updates additive counts in place
 * (co-occurrence, popularity, per-shopper histories), so a trained builder can
 * take the signals that arrived since and be rebuilt without starting over.
 * `build()` turns the counts into a queryable RecommenderModel.
 */
import { RECENT_HALF_LIFE_DAYS, SEASON_HALF_LIFE_DAYS, type ShopperFacts } from "./blend"
import { contentNeighbours } from "./content"
import { CooccurrenceCounts } from "./cooccurrence"
import { DAY_MS, growingWeight } from "./decay"
import { trainEase, type EaseModel, type EaseRow } from "./ease"
import { newItemHistory, type ItemHistory, type UserHistory } from "./history"
import { RecommenderModel } from "./model"
import { withDefaults, type EngineOptions } from "./options"
import { PopularityCounts } from "./popularity"
import { buildNeighbours } from "./similarity"
import type { Interaction, ItemFeatures } from "./types"

export class ModelBuilder {
  readonly options: EngineOptions
  private readonly counts: CooccurrenceCounts
  private readonly popularity = new PopularityCounts()
  /** Purchase occasions with a 7-day half-life: what sells this week. */
  private readonly popularityWeek = new PopularityCounts()
  /** Per shopper: orders (distinct baskets) and the latest one. */
  private readonly shoppers = new Map<string, { baskets: Set<string>; lastOrder: number }>()
  private readonly histories = new Map<string, UserHistory>()
  /** Per shopper, their items in the order first touched: recent co-occurrence partners are at the end. */
  private readonly touchOrder = new Map<string, ItemHistory[]>()
  /** Per item: shoppers who bought it, and those who bought it on two occasions or more. */
  private readonly buyers = new Map<string, { once: number; again: number }>()
  private latestTime = -Infinity

  constructor(options: Partial<EngineOptions> = {}) {
    this.options = withDefaults(options)
    this.counts = new CooccurrenceCounts(this.options.anonymousPairAllowance)
  }

  get cooccurrence(): CooccurrenceCounts {
    return this.counts
  }

  add(signal: Interaction): void {
    this.latestTime = Math.max(this.latestTime, signal.time)
    let history = this.histories.get(signal.user)
    if (!history) this.histories.set(signal.user, (history = new Map()))
    let entry = history.get(signal.item)
    if (!entry) {
      history.set(signal.item, (entry = newItemHistory(this.counts.idOf(signal.item), signal.time)))
      this.touchOrderOf(signal.user).push(entry)
    }

    const { anchor, kindWeights, userHalfLifeDays, anonymousWeight } = this.options
    const weight = kindWeights[signal.kind] * (signal.anonymous ? anonymousWeight : 1)
    this.strengthen(this.touchOrderOf(signal.user), signal, entry, weight)
    entry.interest += weight * growingWeight(signal.time, anchor, userHalfLifeDays)
    if (signal.kind === "view") entry.lastViewed = Math.max(entry.lastViewed, signal.time)
    if (signal.kind === "purchase") this.recordPurchase(signal, entry)
  }

  addAll(signals: Iterable<Interaction>): this {
    for (const signal of signals) this.add(signal)
    return this
  }

  /**
   * `features` (category, tags, material…) give cold products neighbours.
   * `now` defaults to the latest signal seen.
   */
  build(features: ItemFeatures = new Map(), now = this.latestTime): RecommenderModel {
    const { anchor, itemHalfLifeDays, neighbours } = this.options
    const scale = Number.isFinite(now) ? growingWeight(now, anchor, itemHalfLifeDays) : 1
    const content = contentNeighbours(features, neighbours)
    const at = Number.isFinite(now) ? now : Date.now()
    return new RecommenderModel({
      options: this.options,
      neighbours: buildNeighbours(this.counts, content, scale, this.options),
      popularity: this.popularity.ranking(),
      popularityWeek: this.popularityWeek.ranking(),
      repeatRates: this.repeatRates(),
      histories: this.histories,
      shoppers: this.shopperFacts(),
      ease: this.trainEase(at),
      now: at,
    })
  }

  private shopperFacts(): Map<string, ShopperFacts> {
    const facts = new Map<string, ShopperFacts>()
    for (const [user, history] of this.histories) {
      const shopper = this.shoppers.get(user)
      facts.set(user, { orders: shopper?.baskets.size ?? 0, lastOrder: shopper?.lastOrder ?? 0, items: history.size })
    }
    return facts
  }

  /**
   * EASE over the most taken items (recency-weighted W(i)); each shopper's row
   * holds their interest in each item as of now (purchases 1, add-to-carts
   * 0.5, views 0.2, anonymous visitors' a quarter of that, halving every
   * userHalfLifeDays), capped at 1 so that bulk re-orders do not dominate.
   */
  private trainEase(now: number): EaseModel | null {
    const { easeItems, easeLambda, anchor, userHalfLifeDays } = this.options
    if (easeItems <= 0) return null
    const ids = this.counts.items.map((_, id) => id).filter((id) => this.counts.weightOf(id) > 0)
    ids.sort((a, b) => this.counts.weightOf(b) - this.counts.weightOf(a) || a - b)
    const items = ids.slice(0, easeItems).map((id) => this.counts.nameOf(id))
    if (items.length < 2) return null
    const index = new Map(items.map((item, i) => [item, i]))
    const scale = growingWeight(now, anchor, userHalfLifeDays)
    const rows: EaseRow[] = []
    for (const history of this.histories.values()) {
      const indexes: number[] = []
      const values: number[] = []
      for (const [item, entry] of history) {
        const i = index.get(item)
        if (i === undefined || entry.interest <= 0) continue
        indexes.push(i)
        values.push(Math.min(1, entry.interest / scale))
      }
      if (indexes.length > 0) rows.push({ indexes, values })
    }
    return trainEase(items, rows, easeLambda)
  }

  private touchOrderOf(user: string): ItemHistory[] {
    let order = this.touchOrder.get(user)
    if (!order) this.touchOrder.set(user, (order = []))
    return order
  }

  /**
   * Co-occurrence evidence grows when a shopper takes an item more strongly
   * than before (first view, then purchase): the pair with each of the
   * shopper's latest items (first touched within the window, at most
   * cooccurrencePartners of them) counts min(strength of both). The cap keeps
   * bulk buyers with thousands of items from costing n² and from swamping
   * everyone else's evidence.
   */
  private strengthen(touchOrder: readonly ItemHistory[], signal: Interaction, entry: ItemHistory, strength: number): void {
    if (strength <= entry.strength) return
    const { anchor, itemHalfLifeDays, cooccurrenceWindowDays, cooccurrencePartners } = this.options
    const timeWeight = growingWeight(signal.time, anchor, itemHalfLifeDays)
    const windowStart = signal.time - cooccurrenceWindowDays * DAY_MS
    this.counts.addItem(entry.id, (strength - entry.strength) * timeWeight)
    const oldest = Math.max(0, touchOrder.length - 1 - cooccurrencePartners)
    for (let i = touchOrder.length - 1; i >= oldest; i--) {
      const other = touchOrder[i]
      if (other.firstSeen < windowStart) break
      if (other === entry) continue
      const gain = Math.min(strength, other.strength) - Math.min(entry.strength, other.strength)
      if (gain > 0) this.counts.addPair(entry.id, other.id, gain * timeWeight, signal.anonymous === true)
    }
    entry.strength = strength
  }

  /** A new occasion is a new basket (order); lines of one order count once. */
  private recordPurchase(signal: Interaction, entry: ItemHistory): void {
    const basket = signal.basket ?? `${signal.time}`
    if (entry.lastBasket === basket) return
    entry.lastBasket = basket
    entry.purchases += 1
    const { anchor, itemHalfLifeDays, repeatHalfLifeDays } = this.options
    entry.repeatEvidence += growingWeight(signal.time, anchor, repeatHalfLifeDays)
    entry.recentPurchases += growingWeight(signal.time, anchor, RECENT_HALF_LIFE_DAYS)
    entry.seasonPurchases += growingWeight(signal.time, anchor, SEASON_HALF_LIFE_DAYS)
    if (entry.firstPurchase === 0) entry.firstPurchase = signal.time
    entry.lastPurchase = Math.max(entry.lastPurchase, signal.time)
    let shopper = this.shoppers.get(signal.user)
    if (!shopper) this.shoppers.set(signal.user, (shopper = { baskets: new Set(), lastOrder: 0 }))
    shopper.baskets.add(basket)
    shopper.lastOrder = Math.max(shopper.lastOrder, signal.time)
    this.popularity.add(signal.item, growingWeight(signal.time, anchor, itemHalfLifeDays))
    this.popularityWeek.add(signal.item, growingWeight(signal.time, anchor, 7))
    const buyers = this.buyers.get(signal.item) ?? { once: 0, again: 0 }
    if (entry.purchases === 1) buyers.once += 1
    if (entry.purchases === 2) buyers.again += 1
    this.buyers.set(signal.item, buyers)
  }

  /** Share of an item's buyers who bought it again, smoothed towards 1/2 for items with few buyers. */
  private repeatRates(): Map<string, number> {
    const rates = new Map<string, number>()
    for (const [item, { once, again }] of this.buyers) rates.set(item, (again + 1) / (once + 2))
    return rates
  }
}
