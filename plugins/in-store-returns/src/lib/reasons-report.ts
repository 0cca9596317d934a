import { MathBN } from "@medusajs/framework/utils"

type ReturnForReport = {
  id?: string
  canceled_at?: unknown
  items?: {
    /** The order line the unit was bought on. */
    item_id?: string
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

/** What the counter recorded for a return (its store return's visits): units of a line, restocked or not. */
export type CounterLine = { item_id: string; quantity: number; restocked: boolean }

const units = (value: unknown) => (value === undefined || value === null ? 0 : MathBN.convert(value as any).toNumber())

/**
 * Units returned, grouped by reason and by reason and product, most returned first,
 * each split into units restocked and units written off (the rest are still on
 * their way or not yet checked). Canceled returns do not count. A return taken at a
 * store counter is split by what the counter recorded (`counterLines` by return id);
 * any other by Medusa's received and damaged quantities.
 */
export function countReturnsByReasonAndProduct(returns: ReturnForReport[], counterLines: Map<string, CounterLine[]> = new Map()) {
  const byReason = new Map<string, { reason: string; label: string } & Units>()
  const byProduct = new Map<string, { reason: string; product_id: string | null; product_title: string | null } & Units>()
  const add = (row: Units, item: NonNullable<ReturnForReport["items"]>[number], lines: CounterLine[] | undefined) => {
    row.quantity += units(item.quantity)
    if (lines) {
      for (const line of lines.filter((candidate) => candidate.item_id === item.item_id)) {
        if (line.restocked) row.restocked += line.quantity
        else row.written_off += line.quantity
      }
      return
    }
    row.restocked += units(item.received_quantity)
    row.written_off += units(item.damaged_quantity)
  }
  for (const orderReturn of returns) {
    if (orderReturn.canceled_at) continue
    const lines = orderReturn.id ? counterLines.get(orderReturn.id) : undefined
    for (const item of orderReturn.items ?? []) {
      const reason = item.reason?.value ?? "unspecified"
      const reasonRow = byReason.get(reason) ?? { reason, label: item.reason?.label ?? "Unspecified", quantity: 0, restocked: 0, written_off: 0 }
      add(reasonRow, item, lines)
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
      add(productRow, item, lines)
      byProduct.set(productKey, productRow)
    }
  }
  const mostFirst = <T extends { quantity: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => b.quantity - a.quantity)
  return { by_reason: mostFirst(byReason.values()), by_reason_and_product: mostFirst(byProduct.values()) }
}
