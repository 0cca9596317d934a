import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { countReturnsByReasonAndProduct } from "../../../../lib/reasons-report"
import { staffLocationIds } from "../../../staff-scope"

/** Why things come back: returned units by reason, and by reason and product (staff: their stores only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const visible = await staffLocationIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: returns } = await query.graph({
    entity: "return",
    fields: ["id", "location_id", "canceled_at", "items.quantity", "items.reason.value", "items.reason.label", "items.item.product_id", "items.item.product_title"],
    filters: visible ? { location_id: visible } : {},
  })
  res.json(countReturnsByReasonAndProduct(returns as any[]))
}
