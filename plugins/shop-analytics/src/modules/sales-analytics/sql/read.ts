/**
 * Reads of the read model for the KPIs: the heavy part (filtering, joining
 * lines, each customer's first order) in PostgreSQL; the formulas in
 * lib/kpis.ts over the returned order rows.
 */
import type { SalesChannel } from "../channels"
import type { Statement } from "./write"

/** `region=none`: orders of no region (imported history), the by-region table's "none" row. */
export const NO_REGION = "none"

export type RowFilters = { from: Date; to: Date; channel?: SalesChannel; store?: string; region?: string }

function where(filters: RowFilters, alias = "f"): Statement {
  const clauses = [`${alias}.deleted_at is null`, `not ${alias}.canceled`, `${alias}.placed_at >= ?`, `${alias}.placed_at < ?`]
  const params: unknown[] = [filters.from, filters.to]
  if (filters.channel) {
    clauses.push(`${alias}.channel = ?`)
    params.push(filters.channel)
  }
  if (filters.store) {
    clauses.push(`${alias}.store_location_id = ?`)
    params.push(filters.store)
  }
  if (filters.region === NO_REGION) {
    clauses.push(`${alias}.region_id is null`)
  } else if (filters.region) {
    clauses.push(`${alias}.region_id = ?`)
    params.push(filters.region)
  }
  return { sql: clauses.join(" and "), params }
}

/**
 * One row per order of the period with its customer's first order ever
 * (whatever its channel): who is new and who returns. The first orders are
 * one hash aggregate over the facts before `to`, joined by hash: a plan that
 * stays linear in the number of orders.
 */
export function orderRowsSql(filters: RowFilters): Statement {
  const condition = where(filters)
  return {
    sql: `with firsts as (
        select o.customer_key, min(o.placed_at) as first_order_at
        from sales_order_fact o
        where o.deleted_at is null and not o.canceled and o.customer_key is not null and o.placed_at < ?
        group by o.customer_key
      )
      select f.order_id, f.placed_at, f.customer_key, firsts.first_order_at, f.channel, f.store_location_id, f.region_id, f.units,
        f.net_revenue_base::text as net_revenue_base
      from sales_order_fact f left join firsts on firsts.customer_key = f.customer_key
      where ${condition.sql}
      order by f.placed_at`,
    params: [filters.to, ...condition.params],
  }
}

export function promotionUsesSql(filters: RowFilters): Statement {
  const condition = where(filters)
  return {
    sql: `select u.order_id, u.promotion_id, u.code, u.is_automatic, u.discount_amount_base::text as discount_amount_base
      from sales_order_promotion_fact u join sales_order_fact f on f.order_id = u.order_id and f.deleted_at is null
      where u.deleted_at is null and ${condition.sql}`,
    params: condition.params,
  }
}

/** Each customer and each month they ordered in, within [from, to). */
export function cohortRowsSql(filters: RowFilters): Statement {
  const condition = where(filters)
  return {
    sql: `select f.customer_key, date_trunc('month', f.placed_at at time zone 'UTC') as month
      from sales_order_fact f where f.customer_key is not null and ${condition.sql}
      group by 1, 2`,
    params: condition.params,
  }
}

const DAY_MS = 86_400_000

/**
 * A range [from, to) as whole UTC days (read from the daily roll-ups) and the
 * parts of days at its ends (read from the facts), so a range that does not
 * start or end at midnight is still counted exactly.
 */
export function splitRange(from: Date, to: Date): { days: { from: string; to: string } | null; edges: { from: Date; to: Date }[] } {
  const startOfDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS)
  const firstDay = startOfDay(from).getTime() === from.getTime() ? from : new Date(startOfDay(from).getTime() + DAY_MS)
  const endDay = startOfDay(to)
  if (firstDay >= endDay) return { days: null, edges: [{ from, to }] }
  const edges = [
    ...(from < firstDay ? [{ from, to: firstDay }] : []),
    ...(endDay < to ? [{ from: endDay, to }] : []),
  ]
  return { days: { from: firstDay.toISOString().slice(0, 10), to: endDay.toISOString().slice(0, 10) }, edges }
}

export type PeriodFilters = Omit<RowFilters, "from" | "to"> & { periods: { from: Date; to: Date }[] }

function rollupWhere(filters: Omit<RowFilters, "from" | "to">, days: { from: string; to: string }): Statement {
  const clauses = ["r.day >= ?::date", "r.day < ?::date"]
  const params: unknown[] = [days.from, days.to]
  if (filters.channel) {
    clauses.push("r.channel = ?")
    params.push(filters.channel)
  }
  if (filters.store) {
    clauses.push("r.store_location_id = ?")
    params.push(filters.store)
  }
  if (filters.region) {
    clauses.push("r.region_id = ?")
    params.push(filters.region === NO_REGION ? "" : filters.region)
  }
  return { sql: clauses.join(" and "), params }
}

/** Union of the roll-up rows (whole days) and fact rows (day ends) of each period, tagged with the period's index. */
function periodSources(
  filters: PeriodFilters,
  rollup: { table: string; columns: string; extra?: string },
  facts: { columns: string; extra?: string },
): Statement {
  const parts: string[] = []
  const params: unknown[] = []
  filters.periods.forEach((period, index) => {
    const { days, edges } = splitRange(period.from, period.to)
    if (days) {
      const condition = rollupWhere(filters, days)
      parts.push(`select ${index} as period, ?::timestamptz as period_from, ${rollup.columns} from ${rollup.table} r where ${condition.sql}${rollup.extra ?? ""}`)
      params.push(period.from, ...condition.params)
    }
    for (const edge of edges) {
      const condition = where({ ...filters, ...edge })
      parts.push(`select ${index} as period, ?::timestamptz as period_from, ${facts.columns} from sales_order_fact f where ${condition.sql}${facts.extra ?? ""}`)
      params.push(period.from, ...condition.params)
    }
  })
  return { sql: parts.join("\nunion all\n"), params }
}

/** Orders, units and EUR revenue per period × day × channel × store × region. */
export function dailyTotalsSql(filters: PeriodFilters): Statement {
  const source = periodSources(
    filters,
    { table: "sales_daily_rollup", columns: "r.day, r.channel, r.store_location_id, r.region_id, r.orders, r.units, r.net_revenue_base" },
    {
      columns: `(f.placed_at at time zone 'UTC')::date as day, f.channel, coalesce(f.store_location_id, '') as store_location_id,
        coalesce(f.region_id, '') as region_id, 1 as orders, f.units, f.net_revenue_base`,
    },
  )
  return {
    sql: `select s.period, to_char(s.day, 'YYYY-MM-DD') as day, s.channel, s.store_location_id, s.region_id,
        sum(s.orders)::bigint as orders, sum(s.units)::bigint as units, sum(s.net_revenue_base)::text as net_revenue_base
      from (${source.sql}) s group by 1, 2, 3, 4, 5`,
    params: source.params,
  }
}

/**
 * Per period: distinct customers, new ones (first order ever at or after the
 * period's start) and returning ones with their revenue, and customers with
 * two orders or more.
 */
export function customerStatsSql(filters: PeriodFilters): Statement {
  const source = periodSources(
    filters,
    { table: "sales_customer_daily", columns: "r.customer_key, r.orders, r.net_revenue_base" },
    { columns: "f.customer_key, 1 as orders, f.net_revenue_base", extra: " and f.customer_key is not null" },
  )
  return {
    sql: `with per_customer as (
        select s.period, s.period_from, s.customer_key, sum(s.orders) as orders, sum(s.net_revenue_base) as revenue
        from (${source.sql}) s group by 1, 2, 3
      ), marked as (
        select p.period, p.orders, p.revenue, coalesce(c.first_order_at >= p.period_from, false) as is_new
        from per_customer p left join sales_customer_first c on c.customer_key = p.customer_key
      )
      select period, count(*)::bigint as customers,
        count(*) filter (where is_new)::bigint as new_customers, coalesce(sum(revenue) filter (where is_new), 0)::text as new_customer_revenue,
        count(*) filter (where not is_new)::bigint as returning_customers, coalesce(sum(revenue) filter (where not is_new), 0)::text as returning_customer_revenue,
        count(*) filter (where orders >= 2)::bigint as repeaters
      from marked group by period`,
    params: source.params,
  }
}

/** Retention cohorts in SQL: per first-order month (within the range) and month offset n, the customers who ordered then. */
export function cohortCellsSql(filters: RowFilters): Statement {
  const source = periodSources(
    { ...filters, periods: [{ from: filters.from, to: filters.to }] },
    { table: "sales_customer_daily", columns: "r.customer_key, r.day" },
    { columns: "f.customer_key, (f.placed_at at time zone 'UTC')::date as day", extra: " and f.customer_key is not null" },
  )
  return {
    sql: `with months as (
        select distinct s.customer_key, (extract(year from s.day)::int * 12 + extract(month from s.day)::int - 1) as month
        from (${source.sql}) s
      ), firsts as (
        select customer_key, min(month) as first from months group by customer_key
      )
      select f.first, m.month - f.first as n, count(*)::bigint as customers
      from months m join firsts f on f.customer_key = m.customer_key
      group by 1, 2`,
    params: source.params,
  }
}

/** The orders behind a figure: the period's non-canceled orders matching the filters (and a promotion), newest first, one page. */
export function ordersBehindSql(filters: RowFilters & { promotion?: string }, page: { limit: number; offset: number }): Statement {
  const condition = where(filters)
  const params: unknown[] = [...condition.params]
  let promotion = ""
  if (filters.promotion) {
    promotion = ` and exists (select 1 from sales_order_promotion_fact u where u.order_id = f.order_id and u.deleted_at is null and u.promotion_id = ?)`
    params.push(filters.promotion)
  }
  return {
    sql: `select f.order_id, f.display_id, f.source, f.placed_at, f.customer_key, f.channel, f.store_location_id, f.region_id, f.units,
        f.currency_code, f.net_revenue::text as net_revenue, f.net_revenue_base::text as net_revenue_base, count(*) over () as total
      from sales_order_fact f where ${condition.sql}${promotion}
      order by f.placed_at desc, f.order_id limit ${Math.floor(page.limit)} offset ${Math.floor(page.offset)}`,
    params,
  }
}

/** Returns of the period's orders: units sold and returned, orders with a return, refunds (EUR) — in total and per product. */
export function returnTotalsSql(filters: RowFilters): Statement {
  const condition = where(filters)
  return {
    sql: `select count(*)::bigint as orders, coalesce(sum(f.units), 0)::bigint as units, coalesce(sum(f.returned_units), 0)::bigint as returned_units,
        count(*) filter (where f.returned_units > 0)::bigint as orders_with_return,
        count(*) filter (where f.refunded_net > 0)::bigint as orders_refunded,
        coalesce(sum(f.refunded_net * f.exchange_rate), 0)::text as refunded_base
      from sales_order_fact f where ${condition.sql}`,
    params: condition.params,
  }
}

export function returnsByProductSql(filters: RowFilters, limit: number): Statement {
  const condition = where(filters)
  return {
    sql: `select coalesce(l.product_id, l.sku, l.title) as key, l.product_id, min(l.title) as title,
        sum(l.quantity)::bigint as units, sum(l.returned_quantity)::bigint as returned_units
      from sales_order_line_fact l join sales_order_fact f on f.order_id = l.order_id and f.deleted_at is null
      where l.deleted_at is null and ${condition.sql}
      group by 1, 2 having sum(l.returned_quantity) > 0
      order by sum(l.returned_quantity) desc, 1 limit ${Math.floor(limit)}`,
    params: condition.params,
  }
}
