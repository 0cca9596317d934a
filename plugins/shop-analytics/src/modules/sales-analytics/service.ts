import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { OrderFactSet } from "../../lib/order-fact"
import { OrderFact } from "./models/order-fact"
import { OrderLineFact } from "./models/order-line-fact"
import { OrderPromotionFact } from "./models/order-promotion-fact"
import { RebuildCursor } from "./models/rebuild-cursor"
import { deleteFactsSql, insertFactSetsSql, lockOrdersSql } from "./sql/write"
import { cohortCellsSql, cohortRowsSql, ordersBehindSql, returnsByProductSql, returnTotalsSql, customerStatsSql, dailyTotalsSql, orderRowsSql, type PeriodFilters, promotionUsesSql, type RowFilters } from "./sql/read"
import { rebuildAllRollupsSql, refreshRollupsSql, touchedByOrdersSql, utcDay } from "./sql/rollup"
import type { CohortRow, OrderRow, PromotionUse } from "../../lib/kpis"
import type { CohortCell, CustomerStats, DailyTotal } from "../../lib/rollup-kpis"
import type { ReturnProductRow, ReturnTotalsRow } from "../../lib/returns"

type Executor = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }
const executorOf = (context: Context): Executor => (context.transactionManager ?? context.manager) as Executor

export type OrderBehind = {
  order_id: string
  display_id: string | null
  source: "live" | "imported"
  placed_at: string
  customer_key: string | null
  channel: OrderRow["channel"]
  store_location_id: string | null
  region_id: string | null
  units: number
  currency_code: string
  net_revenue: string
  net_revenue_base: string
}

type Touched = { days: Set<string>; customers: Set<string> }

/** The days and customers the orders' current facts count in (so the roll-ups they leave are recomputed too). */
async function touchedBy(db: Executor, orderIds: string[]): Promise<Touched> {
  const touched: Touched = { days: new Set(), customers: new Set() }
  if (orderIds.length === 0) return touched
  const { sql, params } = touchedByOrdersSql(orderIds)
  for (const row of await db.execute(sql, params)) {
    touched.days.add(row.day as string)
    if (row.customer_key) touched.customers.add(row.customer_key as string)
  }
  return touched
}

async function refreshRollups(db: Executor, touched: Touched): Promise<void> {
  for (const { sql, params } of refreshRollupsSql([...touched.days].sort(), [...touched.customers].sort())) await db.execute(sql, params)
}

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
    await db.execute(lockOrdersSql(orderIds).sql, lockOrdersSql(orderIds).params)
    const touched = await touchedBy(db, orderIds)
    for (const { sql, params } of [...deleteFactsSql(orderIds), ...insertFactSetsSql(sets)]) {
      await db.execute(sql, params)
    }
    for (const set of sets) {
      touched.days.add(utcDay(set.fact.placed_at))
      if (set.fact.customer_key) touched.customers.add(set.fact.customer_key)
    }
    await refreshRollups(db, touched)
  }

  /** Removes the facts of the given orders (compensation of a first write). */
  @InjectTransactionManager()
  async removeOrderFacts(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (orderIds.length === 0) return
    const db = executorOf(sharedContext)
    const sorted = [...new Set(orderIds)].sort()
    await db.execute(lockOrdersSql(sorted).sql, lockOrdersSql(sorted).params)
    const touched = await touchedBy(db, sorted)
    for (const { sql, params } of deleteFactsSql(sorted)) await db.execute(sql, params)
    await refreshRollups(db, touched)
  }

  /** Recomputes every daily roll-up from the facts (a repair; events keep them current). */
  @InjectTransactionManager()
  async rebuildRollups(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    const db = executorOf(sharedContext)
    await db.execute(`select pg_advisory_xact_lock(hashtext('sales-rollup:all'))`)
    for (const sql of rebuildAllRollupsSql()) await db.execute(sql)
  }

  /** Orders, units and EUR revenue per period × day × channel × store × region (whole days from the roll-up, day ends from the facts). */
  @InjectManager()
  async listDailyTotals(filters: PeriodFilters, @MedusaContext() sharedContext: Context = {}): Promise<DailyTotal[]> {
    const { sql, params } = dailyTotalsSql(filters)
    const rows = await executorOf(sharedContext).execute(sql, params)
    return rows.map((row) => ({
      period: Number(row.period),
      day: row.day as string,
      channel: row.channel as DailyTotal["channel"],
      store_location_id: (row.store_location_id as string) || null,
      region_id: (row.region_id as string) || null,
      orders: Number(row.orders),
      units: Number(row.units),
      net_revenue_base: String(row.net_revenue_base),
    }))
  }

  /** Customers, new and returning (with their revenue) and repeat buyers, per period. */
  @InjectManager()
  async customerStats(filters: PeriodFilters, @MedusaContext() sharedContext: Context = {}): Promise<CustomerStats[]> {
    const { sql, params } = customerStatsSql(filters)
    const rows = await executorOf(sharedContext).execute(sql, params)
    const byPeriod = new Map(rows.map((row) => [Number(row.period), row]))
    return filters.periods.map((_, index) => {
      const row = byPeriod.get(index)
      return {
        customers: Number(row?.customers ?? 0),
        new_customers: Number(row?.new_customers ?? 0),
        new_customer_revenue: String(row?.new_customer_revenue ?? "0"),
        returning_customers: Number(row?.returning_customers ?? 0),
        returning_customer_revenue: String(row?.returning_customer_revenue ?? "0"),
        repeaters: Number(row?.repeaters ?? 0),
      }
    })
  }

  /** The orders behind a figure (one page, newest first) and how many there are. */
  @InjectManager()
  async listOrdersBehind(
    filters: RowFilters & { promotion?: string },
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {},
  ): Promise<{ orders: OrderBehind[]; count: number }> {
    const { sql, params } = ordersBehindSql(filters, page)
    const rows = await executorOf(sharedContext).execute(sql, params)
    return {
      count: rows.length > 0 ? Number(rows[0].total) : 0,
      orders: rows.map((row) => ({
        order_id: row.order_id as string,
        display_id: (row.display_id as string | null) ?? null,
        source: row.source as OrderBehind["source"],
        placed_at: new Date(row.placed_at as string).toISOString(),
        customer_key: (row.customer_key as string | null) ?? null,
        channel: row.channel as OrderBehind["channel"],
        store_location_id: (row.store_location_id as string | null) ?? null,
        region_id: (row.region_id as string | null) ?? null,
        units: Number(row.units),
        currency_code: row.currency_code as string,
        net_revenue: String(row.net_revenue),
        net_revenue_base: String(row.net_revenue_base),
      })),
    }
  }

  /** Units sold and returned, orders with a return, refunds (EUR) of the period, and the products most returned. */
  @InjectManager()
  async returnFigures(filters: RowFilters, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<{ totals: ReturnTotalsRow; products: ReturnProductRow[] }> {
    const db = executorOf(sharedContext)
    const [totals] = await db.execute(returnTotalsSql(filters).sql, returnTotalsSql(filters).params)
    const products = await db.execute(returnsByProductSql(filters, limit).sql, returnsByProductSql(filters, limit).params)
    return {
      totals: {
        orders: Number(totals?.orders ?? 0),
        units: Number(totals?.units ?? 0),
        returned_units: Number(totals?.returned_units ?? 0),
        orders_with_return: Number(totals?.orders_with_return ?? 0),
        orders_refunded: Number(totals?.orders_refunded ?? 0),
        refunded_base: String(totals?.refunded_base ?? "0"),
      },
      products: products.map((row) => ({
        key: row.key as string,
        product_id: (row.product_id as string | null) ?? null,
        title: row.title as string,
        units: Number(row.units),
        returned_units: Number(row.returned_units),
      })),
    }
  }

  /** Cohort cells: first-order month (as year × 12 + month − 1), offset n, customers. */
  @InjectManager()
  async listCohortCells(filters: RowFilters, @MedusaContext() sharedContext: Context = {}): Promise<CohortCell[]> {
    const { sql, params } = cohortCellsSql(filters)
    const rows = await executorOf(sharedContext).execute(sql, params)
    return rows.map((row) => ({ first: Number(row.first), n: Number(row.n), customers: Number(row.customers) }))
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
    for (const table of ["sales_order_fact", "sales_order_line_fact", "sales_order_promotion_fact", "sales_daily_rollup", "sales_customer_daily", "sales_customer_first"]) {
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
