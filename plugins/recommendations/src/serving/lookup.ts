/**
 * Answers in a few ms: precomputed lists (one indexed read) — the customer's
 * or the product's own list, else everyone's popular list — and, for what
 * cannot be precomputed, the shopper's own latest signals (session.ts).
 */
import { recentlyViewedIn } from "../engine/session"
import { RECOMMENDATION_MODULE } from "../modules/recommendation"
import type RecommendationModuleService from "../modules/recommendation/service"
import { EVERYONE, NEIGHBOURS } from "../training/precompute"
import { listKey, mergeLists, readLists, type ListKey } from "./lists"
import type { RecommendationQuery } from "./schemas"
import { recentSignals, sessionList, type Shopper } from "./session"

type Scope = { resolve: (key: string) => unknown }
export type Answer = {
  placement: string
  /** personal: trained for this customer; session: blended from this shopper's latest signals just now. */
  source: "personal" | "session" | "product" | "cart" | "recently_viewed" | "popularity"
  product_ids: string[]
}

export async function lookupRecommendations(scope: Scope, query: RecommendationQuery, customerId: string | null): Promise<Answer> {
  const service = scope.resolve(RECOMMENDATION_MODULE) as RecommendationModuleService
  const { placement, limit } = query
  const shown = new Set(query.product_id ?? [])
  const shopper = shopperOf(query, customerId)
  if (placement === "recently_viewed") {
    const viewed = shopper ? recentlyViewedIn(await recentSignals(service, shopper, ["view"]), limit, shown) : []
    return { placement, source: "recently_viewed", product_ids: viewed }
  }

  const lists = await readLists(service, wantedLists(query, customerId))
  const popular = lists.get(listKey({ placement: "home", key: EVERYONE })) ?? []
  let own = placement === "cart" ? mergeLists(query.product_id!.map((key) => lists.get(listKey({ placement: NEIGHBOURS, key })) ?? [])) : lists.get(`${placement}|${ownKey(query, customerId)}`)
  let source: Answer["source"] = own?.length ? (placement === "home" || placement === "account" ? "personal" : placement) : "popularity"
  if (!own?.length && (placement === "home" || placement === "account") && shopper) {
    own = (await sessionList(service, shopper, popular, limit)) ?? undefined
    if (own) source = "session"
  }

  const product_ids: string[] = []
  for (const { product_id } of [...(own ?? []), ...popular]) {
    if (product_ids.length >= limit) break
    if (!shown.has(product_id) && !product_ids.includes(product_id)) product_ids.push(product_id)
  }
  return { placement, source, product_ids }
}

/** The signed-in customer wins over the cookie id: their visitor signals were merged into them. */
function shopperOf(query: RecommendationQuery, customerId: string | null): Shopper | null {
  if (customerId) return { customer_id: customerId }
  return query.anonymous_id ? { anonymous_id: query.anonymous_id } : null
}

function ownKey(query: RecommendationQuery, customerId: string | null): string | null {
  if (query.placement === "product") return query.product_id![0]
  return customerId
}

function wantedLists(query: RecommendationQuery, customerId: string | null): ListKey[] {
  const wanted = [{ placement: "home", key: EVERYONE }]
  if (query.placement === "product") wanted.push({ placement: "product", key: query.product_id![0] })
  // Raw neighbours, not the product lists: those are padded with popularity, whose scores would swamp the sum.
  else if (query.placement === "cart") for (const key of query.product_id!) wanted.push({ placement: NEIGHBOURS, key })
  else if (customerId) wanted.push({ placement: query.placement, key: customerId })
  return wanted
}
