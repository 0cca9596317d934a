import { MathBN } from "@medusajs/framework/utils"

type ReturnForReport = {
  canceled_at?: unknown
  items?: {
    quantity: unknown
    /** Units received back into stock. */
    received_quantity?: unknown
    /** Units received damaged and written off. */
    damaged_quantity?: unknown
    reason?: { value: string; label: string } | null
    item?: { product_id?: string | null; product_title?: string | null } | null
  }[]
}

type Units = { quantity: number; restocked: number; written_off: number }

const units = (value: unknown) => (value === undefined || value === null ? 0 : MathBN.convert(value as any).toNumber())

/**
 * Units returned, grouped by reason and by reason and product, most returned first,
 * each split into units restocked and units written off (the rest are still on
 * their way or not yet checked). Canceled returns do not count.
 */
export function countReturnsByReasonAndProduct(returns: ReturnForReport[]) {
  const byReason = new Map<string, { reason: string; label: string } & Units>()
  const byProduct = new Map<string, { reason: string; product_id: string | null; product_title: string | null } & Units>()
  const add = (row: Units, item: NonNullable<ReturnForReport["items"]>[number]) => {
    row.quantity += units(item.quantity)
    row.restocked += units(item.received_quantity)
    row.written_off += units(item.damaged_quantity)
  }
  for (const orderReturn of returns) {
    if (orderReturn.canceled_at) continue
    for (const item of orderReturn.items ?? []) {
      const reason = item.reason?.value ?? "unspecified"
      const reasonRow = byReason.get(reason) ?? { reason, label: item.reason?.label ?? "Unspecified", quantity: 0, restocked: 0, written_off: 0 }
      add(reasonRow, item)
      byReason.set(reason, reasonRow)
      const productKey = `${reason}:${item.item?.product_id}`
      const productRow = byProduct.get(productKey) ?? {
        reason,
        product_id: item.item?.product_id ?? null,
        product_title: item.item?.product_title ?? null,
        quantity: 0,
        restocked: 0,
        written_off: 0,
      }
      add(productRow, item)
      byProduct.set(productKey, productRow)
    }
  }
  const mostFirst = <T extends { quantity: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => b.quantity - a.quantity)
  return { by_reason: mostFirst(byReason.values()), by_reason_and_product: mostFirst(byProduct.values()) }
}
