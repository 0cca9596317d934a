/**
 * The KPIs of kpis.ts computed from the daily roll-ups instead of one row per
 * order: the same formulas (README "KPIs") over pre-summed rows, giving the
 * same figures to the cent (sums are exact decimals, rounded once at the end
 * exactly like the per-order path). Used by the admin API; kpis.ts stays the
 * reference the hand-computed tests check, and a test compares both paths on
 * real history.
 */
import type { SalesChannel } from "../modules/sales-analytics/channels"
import { type Breakdown, bucketsBetween, bucketOf, type Cohort, type Granularity, type KpiSummary, type SeriesPoint } from "./kpis"
import { type Amount, divide, ratio, sum, toCents } from "./money"

/** Orders of one period, one UTC day, channel, store and region, summed. */
export type DailyTotal = {
  period: number
  day: string
  channel: SalesChannel
  store_location_id: string | null
  region_id: string | null
  orders: number
  units: number
  net_revenue_base: Amount
}

/** A period's customers (followed customers only), per customer-level KPI. Revenues unrounded. */
export type CustomerStats = {
  customers: number
  new_customers: number
  new_customer_revenue: Amount
  returning_customers: number
  returning_customer_revenue: Amount
  repeaters: number
}

/** A cohort cell: customers of first-order month `first` (year × 12 + month − 1) who ordered in month first + n. */
export type CohortCell = { first: number; n: number; customers: number }

const ordersOf = (rows: DailyTotal[]) => rows.reduce((total, row) => total + row.orders, 0)
const unitsOf = (rows: DailyTotal[]) => rows.reduce((total, row) => total + row.units, 0)
const revenueOf = (rows: DailyTotal[]) => toCents(sum(rows.map((row) => row.net_revenue_base)))

export function summarizeTotals(rows: DailyTotal[], customers: CustomerStats): KpiSummary {
  const revenue = revenueOf(rows)
  const orders = ordersOf(rows)
  const units = unitsOf(rows)
  return {
    revenue,
    orders,
    units,
    average_basket: divide(revenue, orders),
    units_per_order: orders === 0 ? null : Math.round((units / orders) * 100) / 100,
    customers: customers.customers,
    new_customers: customers.new_customers,
    returning_customers: customers.returning_customers,
    new_customer_revenue: toCents(customers.new_customer_revenue),
    returning_customer_revenue: toCents(customers.returning_customer_revenue),
    repeat_purchase_rate: ratio(customers.repeaters, customers.customers),
    click_and_collect_share: ratio(ordersOf(rows.filter((row) => row.channel === "click_and_collect")), orders),
    by_channel: breakdownTotals(rows, (row) => row.channel),
    by_store: breakdownTotals(
      rows.filter((row) => row.store_location_id !== null),
      (row) => row.store_location_id!,
      rows,
    ),
    by_region: breakdownTotals(rows, (row) => row.region_id ?? "none"),
  }
}

/** kpis.ts `breakdown` over summed rows. */
export function breakdownTotals(rows: DailyTotal[], keyOf: (row: DailyTotal) => string, whole: DailyTotal[] = rows): Breakdown[] {
  const groups = new Map<string, DailyTotal[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  const wholeRevenue = sum(whole.map((row) => row.net_revenue_base))
  const wholeOrders = ordersOf(whole)
  return [...groups.entries()]
    .map(([key, group]) => {
      const revenue = revenueOf(group)
      const orders = ordersOf(group)
      return {
        key,
        orders,
        revenue,
        share_of_orders: ratio(orders, wholeOrders),
        share_of_revenue: Number(wholeRevenue) === 0 ? null : Number(divide(revenue, wholeRevenue, 4)),
      }
    })
    .sort((a, b) => b.orders - a.orders || a.key.localeCompare(b.key))
}

/** kpis.ts `series` over summed rows: every bucket of [from, to) present. */
export function seriesTotals(rows: DailyTotal[], period: { from: Date; to: Date }, granularity: Granularity): SeriesPoint[] {
  const groups = new Map<string, DailyTotal[]>()
  for (const row of rows) {
    const bucket = bucketOf(new Date(`${row.day}T00:00:00Z`), granularity)
    const group = groups.get(bucket)
    if (group) group.push(row)
    else groups.set(bucket, [row])
  }
  return bucketsBetween(period.from, period.to, granularity).map((bucket) => {
    const group = groups.get(bucket) ?? []
    return { bucket, revenue: revenueOf(group), orders: ordersOf(group), units: unitsOf(group) }
  })
}

/** kpis.ts `cohorts` from counted cells. */
export function cohortsFromCells(cells: CohortCell[], options: { lastMonth: string; months: number }): Cohort[] {
  const byFirst = new Map<number, Map<number, number>>()
  for (const cell of cells) {
    const counts = byFirst.get(cell.first) ?? new Map<number, number>()
    counts.set(cell.n, cell.customers)
    byFirst.set(cell.first, counts)
  }
  const last = Number(options.lastMonth.slice(0, 4)) * 12 + Number(options.lastMonth.slice(5, 7)) - 1
  return [...byFirst.entries()]
    .sort(([a], [b]) => a - b)
    .map(([first, counts]) => {
      const size = counts.get(0) ?? 0
      return {
        cohort: `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}`,
        customers: size,
        retention: Array.from({ length: options.months }, (_, n) => (first + n > last ? null : ratio(counts.get(n) ?? 0, size))),
      }
    })
}
