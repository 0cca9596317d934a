import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa answers a payment session for an unknown payment collection with a
 * 500 ("Cannot read properties of undefined"); say 404 and what is missing.
 */
export async function requirePaymentCollection(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment_collection",
    fields: ["id"],
    filters: { id: req.params.id },
  })
  if (data.length === 0) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment collection with id '${req.params.id}' not found`)
  }
  next()
}
