import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SALES_ANALYTICS_MODULE } from "../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../modules/sales-analytics/service"
import { recordOrderFactsWorkflow } from "../workflows/record-order-facts"

const CURSOR = "orders"
const PAGE = 100

export type RebuildResult = { done: number; total: number; lines: number; ms: number; resumed: boolean }

/** Recomputes the facts of all Medusa orders (imported history is left as it is), resuming from the saved cursor. */
export async function rebuildSalesFacts(
  container: MedusaContainer,
  options: { restart?: boolean; onProgress?: (progress: { done: number; total: number; lines: number }) => void } = {},
): Promise<RebuildResult> {
  const started = Date.now()
  const analytics: SalesAnalyticsModuleService = container.resolve(SALES_ANALYTICS_MODULE)
  const orders = container.resolve(Modules.ORDER)
  const [, total] = await orders.listAndCountOrders({}, { take: 1, select: ["id"] })

  let [cursor] = await analytics.listRebuildCursors({ name: CURSOR })
  const resumed = Boolean(cursor && !cursor.finished_at && cursor.last_order_id && !options.restart)
  if (!cursor) cursor = await analytics.createRebuildCursors({ name: CURSOR, total })
  else if (!resumed) cursor = await analytics.updateRebuildCursors({ id: cursor.id, last_order_id: null, done: 0, total, finished_at: null })

  let lastId = resumed ? cursor.last_order_id : null
  let done = resumed ? cursor.done : 0
  let lines = 0
  for (;;) {
    const after = (lastId ? { id: { $gt: lastId } } : {}) as Parameters<typeof orders.listOrders>[0]
    const page = await orders.listOrders(after, { select: ["id"], order: { id: "ASC" }, take: PAGE })
    if (page.length === 0) break
    const ids = page.map((order) => order.id)
    await recordOrderFactsWorkflow(container).run({ input: { order_ids: ids } })
    lines += (await analytics.listOrderLineFacts({ order_id: ids }, { select: ["id"] })).length
    lastId = ids[ids.length - 1]
    done += ids.length
    await analytics.updateRebuildCursors({ id: cursor.id, last_order_id: lastId, done, total })
    options.onProgress?.({ done, total, lines })
  }
  await analytics.updateRebuildCursors({ id: cursor.id, finished_at: new Date(), done, total })
  return { done, total, lines, ms: Date.now() - started, resumed }
}
