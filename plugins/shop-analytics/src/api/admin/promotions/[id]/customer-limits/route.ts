import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type CustomerLimits, limitsOf } from "../../../../../lib/promotion-limits"
import { setPromotionCustomerLimitsWorkflow } from "../../../../../workflows/set-promotion-customer-limits"
import type { AdminSetPromotionCustomerLimitsType } from "./validators"

export type PromotionCustomerLimits = { promotion_id: string; limits: CustomerLimits }

/** A promotion's once-per-customer and first-order-only limits. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<PromotionCustomerLimits>) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "promotion", fields: ["id", "metadata"], filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Promotion ${req.params.id} was not found.`)
  res.json({ promotion_id: req.params.id, limits: limitsOf(data[0].metadata) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSetPromotionCustomerLimitsType>, res: MedusaResponse<PromotionCustomerLimits>) {
  const { result } = await setPromotionCustomerLimitsWorkflow(req.scope).run({ input: { promotion_id: req.params.id, limits: req.validatedBody } })
  res.json({ promotion_id: req.params.id, limits: result })
}
