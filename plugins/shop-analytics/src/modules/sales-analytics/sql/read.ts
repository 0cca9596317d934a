/**
 * Reads of the read model for the KPIs: the heavy part (filtering, joining
 * lines, each customer's first order) in PostgreSQL; the formulas in
 * lib/kpis.ts over the returned order rows.
 */
import type { SalesChannel } from "../channels"
import type { Statement } from "./write"

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
  if (filters.region) {
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
