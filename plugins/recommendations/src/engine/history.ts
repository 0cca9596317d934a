/** What one shopper did with one item, summed over time. */
export type ItemHistory = {
  /** The item's id in CooccurrenceCounts. */
  id: number
  firstSeen: number
  /** The strongest signal kind weight so far: a view later bought counts as bought. */
  strength: number
  /** Recency-weighted interest over all signal kinds (growing weights, see decay.ts). */
  interest: number
  /** Separate purchase occasions (orders), not units: bulk orders count once. */
  purchases: number
  /** Recency-weighted purchase occasions, the evidence behind "buy again". */
  repeatEvidence: number
  lastBasket: string | null
  /** Last view, or 0 if never viewed. */
  lastViewed: number
  /** First and last purchase occasion (0 if never bought). */
  firstPurchase: number
  lastPurchase: number
  /** Purchase occasions with a 30-day and a 90-day half-life (growing weights): the blend's recency features. */
  recentPurchases: number
  seasonPurchases: number
}

/** Per shopper: item → history. */
export type UserHistory = Map<string, ItemHistory>

export function newItemHistory(id: number, time: number): ItemHistory {
  return { id, firstSeen: time, strength: 0, interest: 0, purchases: 0, repeatEvidence: 0, lastBasket: null, lastViewed: 0, firstPurchase: 0, lastPurchase: 0, recentPurchases: 0, seasonPurchases: 0 }
}

export function purchasedItems(history: UserHistory | undefined): Set<string> {
  const items = new Set<string>()
  for (const [item, entry] of history ?? []) if (entry.purchases > 0) items.add(item)
  return items
}
