import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { countReturnsByReasonAndProduct, type CounterLine } from "../../../../lib/reasons-report"

/**
 * Why things come back: returned units by reason, and by reason and product, each split
 * into restocked and written-off units (admin users: every store).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: returns }, { data: storeReturns }] = await Promise.all([
    query.graph({
      entity: "return",
      fields: [
        "id",
        "location_id",
        "canceled_at",
        "items.item_id",
        "items.quantity",
        "items.received_quantity",
        "items.damaged_quantity",
        "items.reason.value",
        "items.reason.label",
        "items.item.product_id",
        "items.item.product_title",
      ],
    }),
    query.graph({ entity: "store_return", fields: ["return_id", "receipts"] }),
  ])
  // What each counter visit recorded: units restocked or written off, per order line.
  const counterLines = new Map<string, CounterLine[]>()
  for (const record of storeReturns as { return_id: string | null; receipts?: { visits?: { lines?: CounterLine[] }[] } | null }[]) {
    if (!record.return_id) continue
    const lines = (record.receipts?.visits ?? []).flatMap((visit) => visit.lines ?? [])
    counterLines.set(record.return_id, lines.map((line) => ({ item_id: line.item_id, quantity: Number(line.quantity), restocked: !!line.restocked })))
  }
  res.json(countReturnsByReasonAndProduct(returns as any[], counterLines))
}
