import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { OrderFactSet } from "../../lib/order-fact"
import { OrderFact } from "./models/order-fact"
import { OrderLineFact } from "./models/order-line-fact"
import { OrderPromotionFact } from "./models/order-promotion-fact"
import { RebuildCursor } from "./models/rebuild-cursor"
import { deleteFactsSql, insertFactSetsSql, lockOrdersSql } from "./sql/write"
import { cohortRowsSql, orderRowsSql, promotionUsesSql, type RowFilters } from "./sql/read"
import type { CohortRow, OrderRow, PromotionUse } from "../../lib/kpis"

type Executor = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const executorOf = (context: Context): Executor => (context.transactionManager ?? context.manager) as Executor

class SalesAnalyticsModuleService extends MedusaService({ OrderFact, OrderLineFact, OrderPromotionFact, RebuildCursor }) {
  /**
   * Replaces the facts of the given orders (order, lines, promotions) in one
   * transaction, each order locked so two deliveries of one event cannot both
   * insert: the second one simply writes the same fact again.
   */
  @InjectTransactionManager()
  async replaceOrderFacts(sets: OrderFactSet[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (sets.length === 0) return
    const db = executorOf(sharedContext)
    const orderIds = [...new Set(sets.map((set) => set.fact.order_id))].sort()
    for (const { sql, params } of [lockOrdersSql(orderIds), ...deleteFactsSql(orderIds), ...insertFactSetsSql(sets)]) {
      await db.execute(sql, params)
    }
  }

  /** Removes the facts of the given orders (compensation of a first write). */
  @InjectTransactionManager()
  async removeOrderFacts(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (orderIds.length === 0) return
    const db = executorOf(sharedContext)
    for (const { sql, params } of [lockOrdersSql(orderIds), ...deleteFactsSql(orderIds)]) await db.execute(sql, params)
  }

  /** One row per non-canceled order placed in [from, to), with its customer's first order ever. */
  @InjectManager()
  async listOrderRows(filters: RowFilters, @MedusaContext() sharedContext: Context = {}): Promise<OrderRow[]> {
    const { sql, params } = orderRowsSql(filters)
    const rows = await executorOf(sharedContext).execute(sql, params)
    return rows.map((row) => ({
      order_id: row.order_id as string,
      placed_at: new Date(row.placed_at as string),
      customer_key: (row.customer_key as string | null) ?? null,
      customer_first_order_at: row.first_order_at ? new Date(row.first_order_at as string) : null,
      channel: row.channel as OrderRow["channel"],
      store_location_id: (row.store_location_id as string | null) ?? null,
      region_id: (row.region_id as string | null) ?? null,
      units: Number(row.units),
      net_revenue_base: String(row.net_revenue_base),
    }))
  }

  /** Promotions used by the non-canceled orders of [from, to). */
  @InjectManager()
  async listPromotionUses(filters: RowFilters, @MedusaContext() sharedContext: Context = {}): Promise<PromotionUse[]> {
    const { sql, params } = promotionUsesSql(filters)
    const rows = await executorOf(sharedContext).execute(sql, params)
    return rows.map((row) => ({
      order_id: row.order_id as string,
      promotion_id: row.promotion_id as string,
      code: (row.code as string | null) ?? null,
      is_automatic: Boolean(row.is_automatic),
      discount_base: String(row.discount_amount_base),
    }))
  }

  /** Refreshes the planner's statistics of the read model (after a bulk load). */
  @InjectManager()
  async analyzeTables(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    for (const table of ["sales_order_fact", "sales_order_line_fact", "sales_order_promotion_fact"]) {
      await executorOf(sharedContext).execute(`analyze ${table}`)
    }
  }

  /** First and last order date the read model holds, and how many orders (imported history among them). */
  @InjectManager()
  async dataRange(@MedusaContext() sharedContext: Context = {}) {
    const [row] = await executorOf(sharedContext).execute(
      `select min(placed_at) as first_order_at, max(placed_at) as last_order_at, count(*)::int as orders,
         count(*) filter (where source = 'imported')::int as imported_orders
       from sales_order_fact where deleted_at is null and not canceled`,
    )
    const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
    return { first_order_at: iso(row?.first_order_at), last_order_at: iso(row?.last_order_at), orders: Number(row?.orders ?? 0), imported_orders: Number(row?.imported_orders ?? 0) }
  }

  /** One row per customer and month they ordered in, up to `to`. */
  @InjectManager()
  async listCohortRows(filters: RowFilters, @MedusaContext() sharedContext: Context = {}): Promise<CohortRow[]> {
    const { sql, params } = cohortRowsSql(filters)
    const rows = await executorOf(sharedContext).execute(sql, params)
    return rows.map((row) => ({ customer_key: row.customer_key as string, placed_at: new Date(row.month as string) }))
  }
}

export default SalesAnalyticsModuleService
