/**
 * Daily roll-ups of the read model, kept in the same transaction as the facts
 * they sum (sales_order_fact stays the truth):
 *
 * - `sales_daily_rollup`: per UTC day × channel × store × region × currency,
 *   orders, units and net revenue (order currency and EUR) of the
 *   non-canceled orders: totals, series and breakdowns read hundreds of rows.
 * - `sales_customer_daily`: the same per customer (followed customers only):
 *   distinct customers, new vs returning, repeat purchases and cohorts.
 * - `sales_customer_first`: each customer's first non-canceled order.
 *
 * Maintenance never adds deltas: the days and customers an order write
 * touched are recomputed whole from the facts, under transaction-scoped
 * advisory locks (orders, then days, then customers, each in sorted order:
 * one global order, so two writers never deadlock), so a replayed or
 * duplicated event leaves the roll-ups as they were.
 * A null store or region is stored as '' (part of the primary key).
 */
import type { Statement } from "./write"

const list = (values: unknown[]) => values.map(() => "?").join(", ")

/** The UTC day an instant falls in, as YYYY-MM-DD. */
export const utcDay = (date: Date | string) => new Date(date).toISOString().slice(0, 10)

/** Which days and customers some orders' facts currently touch (read under the orders' locks, before they are replaced). */
export const touchedByOrdersSql = (orderIds: string[]): Statement => ({
  sql: `select distinct to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD') as day, customer_key
    from sales_order_fact where order_id in (${list(orderIds)})`,
  params: orderIds,
})

const lockSql = (namespace: string, keys: string[]): Statement => ({
  sql: `select pg_advisory_xact_lock(hashtext('${namespace}:' || key)) from unnest(array[${list(keys)}]::text[]) as key order by key`,
  params: keys,
})

const dayJoin = (days: string[]) =>
  `unnest(array[${list(days)}]::date[]) as d(day)
    join sales_order_fact f on f.placed_at >= (d.day::timestamp at time zone 'UTC') and f.placed_at < ((d.day + 1)::timestamp at time zone 'UTC')
      and f.deleted_at is null and not f.canceled`

/** Recomputes the roll-ups of the given days and customers from the facts (days and customers deduplicated and sorted by the caller). */
export function refreshRollupsSql(days: string[], customers: string[]): Statement[] {
  const statements: Statement[] = []
  if (days.length > 0) {
    statements.push(
      lockSql("sales-day", days),
      { sql: `delete from sales_daily_rollup where day in (${list(days)})`, params: days },
      {
        sql: `insert into sales_daily_rollup (day, channel, store_location_id, region_id, currency_code, orders, units, net_revenue, net_revenue_base)
          select d.day, f.channel, coalesce(f.store_location_id, ''), coalesce(f.region_id, ''), f.currency_code,
            count(*), sum(f.units), sum(f.net_revenue), sum(f.net_revenue_base)
          from ${dayJoin(days)}
          group by 1, 2, 3, 4, 5`,
        params: days,
      },
      { sql: `delete from sales_customer_daily where day in (${list(days)})`, params: days },
      {
        sql: `insert into sales_customer_daily (day, customer_key, channel, store_location_id, region_id, orders, units, net_revenue_base)
          select d.day, f.customer_key, f.channel, coalesce(f.store_location_id, ''), coalesce(f.region_id, ''),
            count(*), sum(f.units), sum(f.net_revenue_base)
          from ${dayJoin(days)} and f.customer_key is not null
          group by 1, 2, 3, 4, 5`,
        params: days,
      },
    )
  }
  if (customers.length > 0) {
    statements.push(
      lockSql("sales-customer", customers),
      { sql: `delete from sales_customer_first where customer_key in (${list(customers)})`, params: customers },
      {
        sql: `insert into sales_customer_first (customer_key, first_order_at)
          select customer_key, min(placed_at) from sales_order_fact
          where customer_key in (${list(customers)}) and deleted_at is null and not canceled
          group by customer_key`,
        params: customers,
      },
    )
  }
  return statements
}

/** Fills the roll-ups from all facts (the migration's backfill, and a repair). */
export const rebuildAllRollupsSql = (): string[] => [
  `delete from sales_daily_rollup`,
  `insert into sales_daily_rollup (day, channel, store_location_id, region_id, currency_code, orders, units, net_revenue, net_revenue_base)
    select (placed_at at time zone 'UTC')::date, channel, coalesce(store_location_id, ''), coalesce(region_id, ''), currency_code,
      count(*), sum(units), sum(net_revenue), sum(net_revenue_base)
    from sales_order_fact where deleted_at is null and not canceled group by 1, 2, 3, 4, 5`,
  `delete from sales_customer_daily`,
  `insert into sales_customer_daily (day, customer_key, channel, store_location_id, region_id, orders, units, net_revenue_base)
    select (placed_at at time zone 'UTC')::date, customer_key, channel, coalesce(store_location_id, ''), coalesce(region_id, ''),
      count(*), sum(units), sum(net_revenue_base)
    from sales_order_fact where deleted_at is null and not canceled and customer_key is not null group by 1, 2, 3, 4, 5`,
  `delete from sales_customer_first`,
  `insert into sales_customer_first (customer_key, first_order_at)
    select customer_key, min(placed_at) from sales_order_fact
    where deleted_at is null and not canceled and customer_key is not null group by customer_key`,
]
