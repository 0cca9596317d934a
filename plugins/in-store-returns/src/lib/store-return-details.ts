import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ReturnVisit } from "../workflows/steps/record-return-visit"
import { oneLineAddress, type ReturnLocation } from "./return-locations"
import { returnInstructions } from "./return-instructions"
import { openReturnCode } from "./return-code"

const RECORD_FIELDS = [
  "id", "sealed_code", "status", "method", "return_id", "order_id", "customer_id", "location_id", "currency_code",
  "refunded_amount", "pending_refund_amount", "refund_error", "receipts", "created_at", "updated_at",
]

const RETURN_FIELDS = [
  "id", "status", "received_at",
  "items.item_id", "items.quantity", "items.received_quantity", "items.damaged_quantity", "items.note",
  "items.reason.value", "items.reason.label",
  "items.item.title", "items.item.product_title", "items.item.variant_title", "items.item.product_id", "items.item.thumbnail",
]

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))

/**
 * Our return records joined with what Medusa holds about them (items, reasons, received
 * quantities, return status), their location and their order, ready to send. The
 * counter code is opened only for the shopper's own answers (`withCode`); staff and
 * admin answers never carry it: staff get to a return by what the shopper shows.
 */
export async function loadStoreReturnDetails(
  query: Omit<RemoteQueryFunction, symbol>,
  filters: Record<string, unknown>,
  pagination: { skip?: number; take?: number } = {},
  { withCode = false }: { withCode?: boolean } = {},
) {
  const { data: records, metadata } = await query.graph({
    entity: "store_return",
    fields: RECORD_FIELDS,
    filters,
    pagination: { ...pagination, order: { created_at: "DESC" } },
  })
  if (!records.length) return { store_returns: [], count: metadata?.count ?? 0 }
  const ids = (key: string) => [...new Set(records.map((record: any) => record[key] as string))]
  const [returns, locations, orders] = await Promise.all([
    query.graph({ entity: "return", fields: RETURN_FIELDS, filters: { id: ids("return_id") } }),
    query.graph({ entity: "stock_location", fields: ["id", "name", "metadata", "address.*"], filters: { id: ids("location_id") } }),
    query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: ids("order_id") } }),
  ])
  const returnsById = byId(returns.data as any[])
  const locationsById = byId(locations.data as ReturnLocation[])
  const ordersById = byId(orders.data as any[])

  const store_returns = records.map((record: any) => {
    const orderReturn = returnsById.get(record.return_id)
    const location = locationsById.get(record.location_id) ?? null
    const code = withCode ? openReturnCode(record.sealed_code) : null
    return {
      id: record.id,
      ...(code ? { code } : {}),
      status: record.status,
      method: record.method,
      return_id: record.return_id,
      return_status: orderReturn?.status ?? null,
      customer_id: record.customer_id,
      order: ordersById.get(record.order_id) ?? { id: record.order_id },
      location: location && { id: location.id, name: location.name, address: oneLineAddress(location) },
      currency_code: record.currency_code,
      refunded_amount: Number(record.refunded_amount ?? 0),
      pending_refund_amount: Number(record.pending_refund_amount ?? 0),
      refund_error: record.refund_error,
      instructions: returnInstructions(record.method, code ?? "the return code", location),
      items: (orderReturn?.items ?? []).map((item: any) => ({
        item_id: item.item_id,
        title: item.item?.product_title ?? item.item?.title,
        variant_title: item.item?.variant_title ?? null,
        product_id: item.item?.product_id ?? null,
        thumbnail: item.item?.thumbnail ?? null,
        quantity: Number(item.quantity),
        received_quantity: Number(item.received_quantity ?? 0),
        damaged_quantity: Number(item.damaged_quantity ?? 0),
        reason: item.reason ? { value: item.reason.value, label: item.reason.label } : null,
        note: item.note ?? null,
      })),
      visits: ((record.receipts as { visits?: ReturnVisit[] })?.visits ?? []),
      created_at: record.created_at,
    }
  })
  return { store_returns, count: metadata?.count ?? store_returns.length }
}

export type StoreReturnDetails = Awaited<ReturnType<typeof loadStoreReturnDetails>>["store_returns"][number]

/**
 * What a shopper sees of their return: not the counter's visit log (staff ids, per-line
 * notes), only what they took home in exchange and what it cost of their refund.
 */
export const forShopper = ({ visits, ...storeReturn }: StoreReturnDetails) => ({
  ...storeReturn,
  exchanged_for: visits.flatMap((visit) =>
    visit.lines.flatMap((line) => (line.exchanged_for ? [{ quantity: line.quantity, title: line.exchanged_for.title, charge: line.exchanged_for.charge }] : [])),
  ),
})
