/**
 * Answers from precomputed lists only (one indexed read, a few ms): the
 * customer's or the product's own list, else everyone's popular list.
 */
import { RECOMMENDATION_MODULE } from "../modules/recommendation"
import type RecommendationModuleService from "../modules/recommendation/service"
import type { ResultInput } from "../modules/recommendation/service"
import { EVERYONE } from "../training/precompute"
import type { RecommendationQuery } from "./schemas"

type Scope = { resolve: (key: string) => unknown }
export type Answer = { placement: string; source: "personal" | "product" | "cart" | "popularity"; product_ids: string[] }

export async function lookupRecommendations(scope: Scope, query: RecommendationQuery, customerId: string | null): Promise<Answer> {
  const service = scope.resolve(RECOMMENDATION_MODULE) as RecommendationModuleService
  const { placement, limit } = query
  const shown = new Set(query.product_id ?? [])
  const lists = await readLists(service, wantedLists(query, customerId))
  const popular = lists.get(`home|${EVERYONE}`) ?? []

  const own = placement === "cart" ? mergeLists(query.product_id!.map((id) => lists.get(`product|${id}`) ?? [])) : lists.get(`${placement}|${ownKey(query, customerId)}`)
  const source = own?.length ? (placement === "home" || placement === "account" ? "personal" : placement) : "popularity"
  const product_ids: string[] = []
  for (const { product_id } of [...(own ?? []), ...popular]) {
    if (product_ids.length >= limit) break
    if (!shown.has(product_id) && !product_ids.includes(product_id)) product_ids.push(product_id)
  }
  return { placement, source: source as Answer["source"], product_ids }
}

function ownKey(query: RecommendationQuery, customerId: string | null): string | null {
  if (query.placement === "product") return query.product_id![0]
  return customerId
}

function wantedLists(query: RecommendationQuery, customerId: string | null): { placement: string; key: string }[] {
  const wanted = [{ placement: "home", key: EVERYONE }]
  if (query.placement === "product" || query.placement === "cart") for (const key of query.product_id!) wanted.push({ placement: "product", key })
  else if (customerId) wanted.push({ placement: query.placement, key: customerId })
  return wanted
}

async function readLists(service: RecommendationModuleService, wanted: { placement: string; key: string }[]): Promise<Map<string, ResultInput["items"]>> {
  const rows = await service.listRecommendationResults(
    { $or: wanted.map(({ placement, key }) => ({ placement, key })) },
    { select: ["placement", "key", "items"] },
  )
  return new Map(rows.map((row) => [`${row.placement}|${row.key}`, row.items as unknown as ResultInput["items"]]))
}

/** Complements of several products: summed scores. */
function mergeLists(lists: ResultInput["items"][]): ResultInput["items"] {
  const scores = new Map<string, number>()
  for (const list of lists) for (const { product_id, score } of list) scores.set(product_id, (scores.get(product_id) ?? 0) + score)
  return [...scores].sort((a, b) => b[1] - a[1]).map(([product_id, score]) => ({ product_id, score }))
}
