/**
 * Live answers from a shopper's own recent signals, for what training cannot
 * precompute: anonymous visitors' "for you" (and customers newer than the last
 * run), and "recently viewed", which must show the view of a second ago.
 * Two indexed reads: the shopper's latest signals, then their items' neighbours.
 */
import { DEFAULT_OPTIONS } from "../engine/options"
import { sessionForYou, type SessionSignal } from "../engine/session"
import type { SignalKind } from "../engine/types"
import type RecommendationModuleService from "../modules/recommendation/service"
import { NEIGHBOURS } from "../training/precompute"
import { listKey, readLists, type ListItems } from "./lists"

/** A signed-in customer, or a visitor known only by the storefront's cookie id. */
export type Shopper = { customer_id: string } | { anonymous_id: string }

/** Enough to describe a session; older signals are training's business. */
const RECENT_SIGNALS = 50

export async function recentSignals(service: RecommendationModuleService, shopper: Shopper, kinds?: SignalKind[]): Promise<SessionSignal[]> {
  // A visitor's signals stop being theirs once merged into a customer.
  const owner = "customer_id" in shopper ? { customer_id: shopper.customer_id } : { anonymous_id: shopper.anonymous_id, customer_id: null }
  const rows = await service.listRecommendationSignals(
    { ...owner, ...(kinds ? { type: kinds } : {}) },
    { select: ["type", "product_id", "created_at"], order: { created_at: "DESC" }, take: RECENT_SIGNALS },
  )
  return rows.map((row) => ({ kind: row.type as SignalKind, item: row.product_id, time: new Date(row.created_at).getTime() }))
}

/** "For you" blended from the session and the precomputed item neighbours; null when there is no session. */
export async function sessionList(service: RecommendationModuleService, shopper: Shopper, popular: ListItems, k: number): Promise<ListItems | null> {
  const signals = await recentSignals(service, shopper)
  if (signals.length === 0) return null
  const items = [...new Set(signals.map((signal) => signal.item))]
  const neighbours = await readLists(service, items.map((key) => ({ placement: NEIGHBOURS, key })))
  const scored = sessionForYou(
    signals,
    (item) => (neighbours.get(listKey({ placement: NEIGHBOURS, key: item })) ?? []).map(({ product_id, score }) => ({ item: product_id, score })),
    popular.map(({ product_id, score }) => ({ item: product_id, score })),
    k,
    DEFAULT_OPTIONS,
  )
  return scored.map(({ item, score }) => ({ product_id: item, score }))
}
