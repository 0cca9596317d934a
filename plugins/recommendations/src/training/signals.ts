/** Stored signal rows as engine interactions. */
import type { Interaction } from "../engine/types"

export type SignalRow = {
  type: "purchase" | "add_to_cart" | "view"
  product_id: string
  customer_id: string | null
  anonymous_id: string | null
  basket_id: string | null
  created_at: Date | string
}

/** Imported purchase history (history/import-retail-history.ts) is kept under anonymous ids with this prefix. */
export const HISTORY_PREFIX = "online-retail:"

/**
 * An anonymous visitor's view or add-to-cart: weighed below a customer's and
 * its co-occurrence capped (engine options anonymousWeight, anonymousPairAllowance).
 * Purchases and imported order history are never anonymous evidence.
 */
export function isAnonymousSignal(row: Pick<SignalRow, "type" | "customer_id" | "anonymous_id">): boolean {
  return !row.customer_id && row.type !== "purchase" && !(row.anonymous_id ?? "").startsWith(HISTORY_PREFIX)
}

/** Engine user key: the customer when known, else the anonymous visitor (prefixed so the two never clash). */
export function userKeyOf(row: Pick<SignalRow, "customer_id" | "anonymous_id">): string | null {
  if (row.customer_id) return row.customer_id
  return row.anonymous_id ? `anonymous:${row.anonymous_id}` : null
}

export function toInteractions(rows: readonly SignalRow[]): Interaction[] {
  const interactions: Interaction[] = []
  for (const row of rows) {
    const user = userKeyOf(row)
    if (!user) continue
    const time = new Date(row.created_at).getTime()
    interactions.push({ kind: row.type, user, item: row.product_id, time, basket: row.basket_id ?? undefined, ...(isAnonymousSignal(row) ? { anonymous: true } : {}) })
  }
  return interactions
}
