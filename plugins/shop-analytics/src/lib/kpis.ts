/**
 * The KPIs of the Performance page, as pure functions over rows of the read
 * model (one row per order). Each formula is stated in the plugin README;
 * the tests compute them by hand on small fixtures. Canceled orders are not
 * passed in (the queries leave them out): they count for nothing.
 */
import type { SalesChannel } from "../modules/sales-analytics/channels"
import { type Amount, divide, ratio, sum, toCents } from "./money"

export type OrderRow = {
  order_id: string
  placed_at: Date
  /** Who bought; null for an order nobody can be followed by (repeat and cohort KPIs skip it). */
  customer_key: string | null
  /** The customer's first order ever (any channel, before or in the period). */
  customer_first_order_at: Date | null
  channel: SalesChannel
  store_location_id: string | null
  region_id: string | null
  units: number
  /** Net revenue in EUR (tax, discounts and refunds removed). */
  net_revenue_base: Amount
}

export type Breakdown = { key: string; orders: number; revenue: Amount; share_of_orders: number | null; share_of_revenue: number | null }

export type KpiSummary = {
  revenue: Amount
  orders: number
  units: number
  average_basket: Amount | null
  units_per_order: number | null
  customers: number
  new_customers: number
  returning_customers: number
  new_customer_revenue: Amount
  returning_customer_revenue: Amount
  repeat_purchase_rate: number | null
  click_and_collect_share: number | null
  by_channel: Breakdown[]
  by_store: Breakdown[]
  by_region: Breakdown[]
}

const revenueOf = (rows: OrderRow[]) => toCents(sum(rows.map((row) => row.net_revenue_base)))

/** Orders placed by customers whose very first order is in [from, to) are "new"; before `from`, "returning". */
const isNewIn = (row: OrderRow, from: Date) => row.customer_first_order_at !== null && row.customer_first_order_at >= from

export function summarize(rows: OrderRow[], period: { from: Date }): KpiSummary {
  const revenue = revenueOf(rows)
  const orders = rows.length
  const units = rows.reduce((total, row) => total + row.units, 0)
  const known = rows.filter((row) => row.customer_key !== null)
  const ordersPerCustomer = countBy(known, (row) => row.customer_key!)
  const newRows = known.filter((row) => isNewIn(row, period.from))
  const returningRows = known.filter((row) => !isNewIn(row, period.from))
  const repeaters = [...ordersPerCustomer.values()].filter((count) => count >= 2).length
  return {
    revenue,
    orders,
    units,
    average_basket: divide(revenue, orders),
    units_per_order: orders === 0 ? null : Math.round((units / orders) * 100) / 100,
    customers: ordersPerCustomer.size,
    new_customers: distinct(newRows.map((row) => row.customer_key!)),
    returning_customers: distinct(returningRows.map((row) => row.customer_key!)),
    new_customer_revenue: revenueOf(newRows),
    returning_customer_revenue: revenueOf(returningRows),
    repeat_purchase_rate: ratio(repeaters, ordersPerCustomer.size),
    click_and_collect_share: ratio(rows.filter((row) => row.channel === "click_and_collect").length, orders),
    by_channel: breakdown(rows, (row) => row.channel),
    by_store: breakdown(
      rows.filter((row) => row.store_location_id !== null),
      (row) => row.store_location_id!,
      rows,
    ),
    by_region: breakdown(rows, (row) => row.region_id ?? "none"),
  }
}

/** Orders and revenue per key; shares are of all rows passed as `whole` (the period's orders). */
export function breakdown(rows: OrderRow[], keyOf: (row: OrderRow) => string, whole: OrderRow[] = rows): Breakdown[] {
  const groups = groupBy(rows, keyOf)
  const wholeRevenue = sum(whole.map((row) => row.net_revenue_base))
  return [...groups.entries()]
    .map(([key, group]) => {
      const revenue = revenueOf(group)
      return {
        key,
        orders: group.length,
        revenue,
        share_of_orders: ratio(group.length, whole.length),
        share_of_revenue: Number(wholeRevenue) === 0 ? null : Number(divide(revenue, wholeRevenue, 4)),
      }
    })
    .sort((a, b) => b.orders - a.orders || a.key.localeCompare(b.key))
}

export type Granularity = "day" | "week" | "month"
export type SeriesPoint = { bucket: string; revenue: Amount; orders: number; units: number }

/** The start of the UTC day, ISO week (Monday) or month a date falls in, as YYYY-MM-DD. */
export function bucketOf(date: Date, granularity: Granularity): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  if (granularity === "month") day.setUTCDate(1)
  if (granularity === "week") day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day.toISOString().slice(0, 10)
}

/** Revenue, orders and units per bucket, every bucket of [from, to) present (zeros included) so charts do not skip gaps. */
export function series(rows: OrderRow[], period: { from: Date; to: Date }, granularity: Granularity): SeriesPoint[] {
  const groups = groupBy(rows, (row) => bucketOf(row.placed_at, granularity))
  const points: SeriesPoint[] = []
  for (const bucket of bucketsBetween(period.from, period.to, granularity)) {
    const group = groups.get(bucket) ?? []
    points.push({ bucket, revenue: revenueOf(group), orders: group.length, units: group.reduce((total, row) => total + row.units, 0) })
  }
  return points
}

export function bucketsBetween(from: Date, to: Date, granularity: Granularity): string[] {
  const buckets: string[] = []
  let cursor = new Date(`${bucketOf(from, granularity)}T00:00:00Z`)
  while (cursor < to) {
    buckets.push(cursor.toISOString().slice(0, 10))
    if (granularity === "day") cursor.setUTCDate(cursor.getUTCDate() + 1)
    else if (granularity === "week") cursor.setUTCDate(cursor.getUTCDate() + 7)
    else cursor = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
  }
  return buckets
}

/** Day up to ~3 months, week up to ~1 year, month beyond: a readable number of points. */
export function granularityFor(from: Date, to: Date): Granularity {
  const days = (to.getTime() - from.getTime()) / 86_400_000
  return days <= 92 ? "day" : days <= 366 ? "week" : "month"
}

/** Relative change of a figure against the previous period: (current − previous) ÷ previous. */
export function change(current: Amount | number | null, previous: Amount | number | null): number | null {
  if (current === null || previous === null || Number(previous) === 0) return null
  return Math.round((Number(current) / Number(previous) - 1) * 10_000) / 10_000
}

/** The period of the same length just before [from, to). */
export function previousPeriod(from: Date, to: Date): { from: Date; to: Date } {
  const length = to.getTime() - from.getTime()
  return { from: new Date(from.getTime() - length), to: new Date(from.getTime()) }
}

export type CohortRow = { customer_key: string; placed_at: Date }
export type Cohort = { cohort: string; customers: number; retention: (number | null)[] }

/** YYYY-MM of a date (UTC). */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7)
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

/**
 * Monthly retention cohorts: customers grouped by the month of their first
 * order; cell n = share of the cohort's customers who ordered in month
 * first + n (cell 0 is 1 by definition). Cells after `lastMonth` are null
 * (not yet happened). Up to `months` cells per cohort.
 */
export function cohorts(rows: CohortRow[], options: { lastMonth: string; months: number }): Cohort[] {
  const monthsOfCustomer = new Map<string, Set<number>>()
  for (const row of rows) {
    const months = monthsOfCustomer.get(row.customer_key) ?? new Set<number>()
    months.add(monthIndex(monthOf(row.placed_at)))
    monthsOfCustomer.set(row.customer_key, months)
  }
  const byCohort = new Map<number, Set<number>[]>()
  for (const months of monthsOfCustomer.values()) {
    const first = Math.min(...months)
    byCohort.set(first, [...(byCohort.get(first) ?? []), months])
  }
  const last = monthIndex(options.lastMonth)
  return [...byCohort.entries()]
    .sort(([a], [b]) => a - b)
    .map(([first, members]) => ({
      cohort: `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}`,
      customers: members.length,
      retention: Array.from({ length: options.months }, (_, n) =>
        first + n > last ? null : ratio(members.filter((months) => months.has(first + n)).length, members.length),
      ),
    }))
}

export type PromotionUse = { order_id: string; promotion_id: string; code: string | null; is_automatic: boolean; discount_base: Amount }
export type PromotionKpis = {
  promotion_id: string
  code: string | null
  is_automatic: boolean
  orders: number
  revenue: Amount
  discount_given: Amount
  new_customers: number
  average_basket_with: Amount | null
  average_basket_without: Amount | null
}

/**
 * Per promotion, over the period's orders: orders that used it, their net
 * revenue, the discount it gave, customers whose first order used it, and
 * the average basket of orders with it against the period's orders without it.
 */
export function promotionKpis(rows: OrderRow[], uses: PromotionUse[]): PromotionKpis[] {
  const orderById = new Map(rows.map((row) => [row.order_id, row]))
  const usesByPromotion = groupBy(
    uses.filter((use) => orderById.has(use.order_id)),
    (use) => use.promotion_id,
  )
  return [...usesByPromotion.entries()]
    .map(([promotionId, promotionUses]) => {
      const orderIds = new Set(promotionUses.map((use) => use.order_id))
      const withIt = rows.filter((row) => orderIds.has(row.order_id))
      const withoutIt = rows.filter((row) => !orderIds.has(row.order_id))
      const revenue = revenueOf(withIt)
      return {
        promotion_id: promotionId,
        code: promotionUses[0].code,
        is_automatic: promotionUses[0].is_automatic,
        orders: withIt.length,
        revenue,
        discount_given: toCents(sum(promotionUses.map((use) => use.discount_base))),
        new_customers: withIt.filter((row) => row.customer_first_order_at !== null && row.customer_first_order_at.getTime() === row.placed_at.getTime()).length,
        average_basket_with: divide(revenue, withIt.length),
        average_basket_without: divide(revenueOf(withoutIt), withoutIt.length),
      }
    })
    .sort((a, b) => b.orders - a.orders || (a.code ?? "").localeCompare(b.code ?? ""))
}

/**
 * Conversion rate = orders ÷ sessions, only where sessions were counted.
 * Visits are never invented: with no visit data the answer says so.
 */
export function conversion(orders: number, sessions: number | null): { available: true; rate: number | null; sessions: number } | { available: false; reason: string } {
  if (sessions === null) return { available: false, reason: "no visit data" }
  return { available: true, rate: ratio(orders, sessions), sessions }
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1)
  return counts
}

const distinct = (values: string[]) => new Set(values).size
