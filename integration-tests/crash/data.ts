/**
 * What crash scenarios assert, read straight from the backend's tables: the backend may
 * be dead, restarting or lying, the rows are not.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { sql } = require("./stack")

/** Where the staff routes of in-store returns live. */
export const STAFF_RETURNS = "/staff-api/store-returns"

export async function storeLocationId(): Promise<string> {
  const [row] = await sql("select id from stock_location where metadata->>'kind' = 'store' and deleted_at is null order by name limit 1")
  if (!row) throw new Error("The seed has no store location (stock_location.metadata.kind = 'store')")
  return row.id
}

export async function inventoryItemOf(variantId: string): Promise<string> {
  const [row] = await sql("select inventory_item_id from product_variant_inventory_item where variant_id = $1 and deleted_at is null", [variantId])
  return row.inventory_item_id
}

export async function stockedAt(inventoryItemId: string, locationId: string): Promise<number> {
  const [row] = await sql(
    "select stocked_quantity from inventory_level where inventory_item_id = $1 and location_id = $2 and deleted_at is null",
    [inventoryItemId, locationId],
  )
  return row ? Number(row.stocked_quantity) : 0
}

export async function reservedOf(inventoryItemId: string): Promise<number> {
  const [row] = await sql("select coalesce(sum(quantity), 0) as quantity from reservation_item where inventory_item_id = $1 and deleted_at is null", [
    inventoryItemId,
  ])
  return Number(row.quantity)
}

const PAYMENTS_OF_ORDER = `
  select p.id from payment p
  join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
  where opc.order_id = $1 and p.deleted_at is null`

export async function paymentsOfOrder(orderId: string) {
  return sql(
    `select p.id, p.amount, p.captured_at, p.canceled_at from payment p
     join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
     where opc.order_id = $1 and p.deleted_at is null`,
    [orderId],
  )
}

export async function refundsOfOrder(orderId: string): Promise<{ id: string; amount: string; note: string | null }[]> {
  return sql(`select id, amount, note from refund where deleted_at is null and payment_id in (${PAYMENTS_OF_ORDER}) order by created_at`, [orderId])
}

export async function capturesOfOrder(orderId: string): Promise<{ id: string; amount: string }[]> {
  return sql(`select id, amount from capture where deleted_at is null and payment_id in (${PAYMENTS_OF_ORDER})`, [orderId])
}

/** Polls `probe` until it returns something, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value) return value
    } catch (error) {
      last = error
    }
    if (Date.now() > deadline) throw new Error(`Gave up waiting after ${timeoutMs / 1000}s${last ? `: ${(last as Error).message}` : ""}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
