/**
 * Training, incrementally: every signal updates additive counts in place
 * (co-occurrence, popularity, per-shopper histories), so a trained builder can
 * take the signals that arrived since and be rebuilt without starting over.
 * `build()` turns the counts into a queryable RecommenderModel.
 */
import { contentNeighbours } from "./content"
import { CooccurrenceCounts } from "./cooccurrence"
import { DAY_MS, growingWeight } from "./decay"
import { newItemHistory, type ItemHistory, type UserHistory } from "./history"
import { RecommenderModel } from "./model"
import { withDefaults, type EngineOptions } from "./options"
import { PopularityCounts } from "./popularity"
import { buildNeighbours } from "./similarity"
import type { Interaction, ItemFeatures } from "./types"

export class ModelBuilder {
  readonly options: EngineOptions
  private readonly counts = new CooccurrenceCounts()
  private readonly popularity = new PopularityCounts()
  private readonly histories = new Map<string, UserHistory>()
  /** Per shopper, their items in the order first touched: recent co-occurrence partners are at the end. */
  private readonly touchOrder = new Map<string, ItemHistory[]>()
  /** Per item: shoppers who bought it, and those who bought it on two occasions or more. */
  private readonly buyers = new Map<string, { once: number; again: number }>()
  private latestTime = -Infinity

  constructor(options: Partial<EngineOptions> = {}) {
    this.options = withDefaults(options)
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

    const { anchor, kindWeights, userHalfLifeDays } = this.options
    this.strengthen(this.touchOrderOf(signal.user), signal, entry, kindWeights[signal.kind])
    entry.interest += kindWeights[signal.kind] * growingWeight(signal.time, anchor, userHalfLifeDays)
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
    return new RecommenderModel({
      options: this.options,
      neighbours: buildNeighbours(this.counts, content, scale, this.options),
      popularity: this.popularity.ranking(),
      repeatRates: this.repeatRates(),
      histories: this.histories,
    })
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
      if (gain > 0) this.counts.addPair(entry.id, other.id, gain * timeWeight)
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
    this.popularity.add(signal.item, growingWeight(signal.time, anchor, itemHalfLifeDays))
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
