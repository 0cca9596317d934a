import { MathBN } from "@medusajs/framework/utils"

type ReturnForReport = {
  canceled_at?: unknown
  items?: { quantity: unknown; reason?: { value: string; label: string } | null; item?: { product_id?: string | null; product_title?: string | null } | null }[]
}

/** Units returned, grouped by reason and by reason and product, most returned first. Canceled returns do not count. */
export function countReturnsByReasonAndProduct(returns: ReturnForReport[]) {
  const byReason = new Map<string, { reason: string; label: string; quantity: number }>()
  const byProduct = new Map<string, { reason: string; product_id: string | null; product_title: string | null; quantity: number }>()
  for (const orderReturn of returns) {
    if (orderReturn.canceled_at) continue
    for (const item of orderReturn.items ?? []) {
      const reason = item.reason?.value ?? "unspecified"
      const quantity = MathBN.convert(item.quantity as any).toNumber()
      const reasonRow = byReason.get(reason) ?? { reason, label: item.reason?.label ?? "Unspecified", quantity: 0 }
      reasonRow.quantity += quantity
      byReason.set(reason, reasonRow)
      const productKey = `${reason}:${item.item?.product_id}`
      const productRow = byProduct.get(productKey) ?? { reason, product_id: item.item?.product_id ?? null, product_title: item.item?.product_title ?? null, quantity: 0 }
      productRow.quantity += quantity
      byProduct.set(productKey, productRow)
    }
  }
  const mostFirst = <T extends { quantity: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => b.quantity - a.quantity)
  return { by_reason: mostFirst(byReason.values()), by_reason_and_product: mostFirst(byProduct.values()) }
}
