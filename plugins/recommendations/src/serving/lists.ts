/** Reading precomputed lists (recommendation_result rows) by (placement, key). */
import type RecommendationModuleService from "../modules/recommendation/service"
import type { ResultInput } from "../modules/recommendation/service"

export type ListItems = ResultInput["items"]
export type ListKey = { placement: string; key: string }

export const listKey = ({ placement, key }: ListKey) => `${placement}|${key}`

/** All wanted lists in one indexed read; missing ones are simply absent from the map. */
export async function readLists(service: RecommendationModuleService, wanted: ListKey[]): Promise<Map<string, ListItems>> {
  if (wanted.length === 0) return new Map()
  const rows = await service.listRecommendationResults(
    { $or: wanted.map(({ placement, key }) => ({ placement, key })) },
    { select: ["placement", "key", "items"] },
  )
  return new Map(rows.map((row) => [listKey(row), row.items as unknown as ListItems]))
}

/** Complements of several products: summed scores. */
export function mergeLists(lists: ListItems[]): ListItems {
  const scores = new Map<string, number>()
  for (const list of lists) for (const { product_id, score } of list) scores.set(product_id, (scores.get(product_id) ?? 0) + score)
  return [...scores].sort((a, b) => b[1] - a[1]).map(([product_id, score]) => ({ product_id, score }))
}
