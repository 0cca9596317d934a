/**
 * Bulk writes of the read model in plain SQL: one statement per table and
 * batch, so a rebuild or the demo history writes thousands of lines a second.
 * Money columns are Medusa bigNumber columns: the numeric value and its
 * `raw_` JSON ({ value, precision }) side by side, as the ORM writes them.
 */
import { generateEntityId } from "@medusajs/framework/utils"
import type { OrderFactSet } from "../../../lib/order-fact"

export type Statement = { sql: string; params: unknown[] }

const BIG_NUMBER_PRECISION = 20
/** Rows per INSERT: stays far below PostgreSQL's 65,535 bind parameters for the widest table. */
const BATCH_ROWS = 1_000

type Column = { name: string; money?: boolean }

function insertStatements<T>(table: string, prefix: string, columns: Column[], rows: T[], valuesOf: (row: T) => unknown[]): Statement[] {
  const names = ["id", ...columns.flatMap((column) => (column.money ? [column.name, `raw_${column.name}`] : [column.name]))]
  const statements: Statement[] = []
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS)
    const params: unknown[] = []
    const tuples = batch.map((row) => {
      const values = valuesOf(row)
      const placeholders = ["?"]
      params.push(generateEntityId(undefined, prefix))
      columns.forEach((column, index) => {
        if (column.money) {
          params.push(String(values[index]), JSON.stringify({ value: String(values[index]), precision: BIG_NUMBER_PRECISION }))
          placeholders.push("?", "?::jsonb")
        } else {
          params.push(values[index])
          placeholders.push("?")
        }
      })
      return `(${placeholders.join(", ")})`
    })
    statements.push({ sql: `insert into ${table} (${names.map((name) => `"${name}"`).join(", ")}) values ${tuples.join(", ")}`, params })
  }
  return statements
}

const list = (values: unknown[]) => values.map(() => "?").join(", ")

/** Transaction-scoped locks, taken in id order so two writers never deadlock. */
export const lockOrdersSql = (orderIds: string[]): Statement => ({
  sql: `select pg_advisory_xact_lock(hashtext('sales-fact:' || order_id)) from unnest(array[${list(orderIds)}]::text[]) as order_id order by order_id`,
  params: orderIds,
})

export const deleteFactsSql = (orderIds: string[]): Statement[] =>
  ["sales_order_line_fact", "sales_order_promotion_fact", "sales_order_fact"].map((table) => ({
    sql: `delete from ${table} where order_id in (${list(orderIds)})`,
    params: orderIds,
  }))

const FACT_COLUMNS: Column[] = [
  { name: "order_id" }, { name: "source" }, { name: "display_id" }, { name: "customer_key" }, { name: "placed_at" },
  { name: "currency_code" }, { name: "region_id" }, { name: "country_code" }, { name: "channel" }, { name: "store_location_id" },
  { name: "pickup_status" }, { name: "canceled" }, { name: "units" }, { name: "returned_units" },
  { name: "items_net", money: true }, { name: "discount_total", money: true }, { name: "tax_total", money: true },
  { name: "refunded_net", money: true }, { name: "net_revenue", money: true }, { name: "net_revenue_base", money: true },
  { name: "exchange_rate", money: true },
]
const LINE_COLUMNS: Column[] = [
  { name: "order_id" }, { name: "line_key" }, { name: "placed_at" }, { name: "product_id" }, { name: "variant_id" }, { name: "sku" },
  { name: "title" }, { name: "quantity" }, { name: "returned_quantity" }, { name: "net_amount", money: true }, { name: "net_amount_base", money: true },
]
const PROMOTION_COLUMNS: Column[] = [
  { name: "order_id" }, { name: "promotion_id" }, { name: "code" }, { name: "is_automatic" },
  { name: "discount_amount", money: true }, { name: "discount_amount_base", money: true },
]

export function insertFactSetsSql(sets: OrderFactSet[]): Statement[] {
  const facts = sets.map((set) => set.fact)
  return [
    ...insertStatements("sales_order_fact", "sofact", FACT_COLUMNS, facts, (fact) => FACT_COLUMNS.map(({ name }) => fact[name as keyof typeof fact])),
    ...insertStatements("sales_order_line_fact", "solfact", LINE_COLUMNS, sets.flatMap((set) => set.lines), (line) =>
      LINE_COLUMNS.map(({ name }) => line[name as keyof typeof line]),
    ),
    ...insertStatements("sales_order_promotion_fact", "sopfact", PROMOTION_COLUMNS, sets.flatMap((set) => set.promotions), (use) =>
      PROMOTION_COLUMNS.map(({ name }) => use[name as keyof typeof use]),
    ),
  ]
}
