import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { countReturnsByReasonAndProduct } from "../../../../lib/reasons-report"

/** Why things come back: returned units by reason, and by reason and product (admin users: every store). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: returns } = await query.graph({
    entity: "return",
    fields: ["id", "location_id", "canceled_at", "items.quantity", "items.received_quantity", "items.damaged_quantity", "items.reason.value", "items.reason.label", "items.item.product_id", "items.item.product_title"],
  })
  res.json(countReturnsByReasonAndProduct(returns as any[]))
}
