import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { mayViewOrder, orderAccessProofOf } from "@fairmade/shop-core/lib/order-access"
import { legacyCodeSecretOf, openCode } from "../../../../../lib/pickup-code"
import { pickupSettingsOf } from "../../../../../lib/store-settings"

/**
 * GET /store/orders/:id/pickup: where and when to collect. Answers, like
 * GET /store/orders/:id, only to the order's signed-in customer or the browser
 * that placed it (shop-core's order-access); 404 otherwise. The code only to
 * the signed-in owner once the order is ready: guests get it by e-mail.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "pickup_order",
    fields: [
      "id",
      "status",
      "sealed_code",
      "due_at",
      "ready_at",
      "expires_at",
      "collected_at",
      "reason",
      "order.customer_id",
      "stock_location.id",
      "stock_location.name",
      "stock_location.metadata",
      "stock_location.address.*",
    ],
    filters: { order_id: req.params.id },
  })
  const pickup = data[0]
  const proof = orderAccessProofOf(req)
  const isOwner = !!proof.customerId && proof.customerId === pickup?.order?.customer_id
  if (!pickup || !(await mayViewOrder(req.scope, req.params.id, proof))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} has no pickup.`)
  }
  const { sealed_code, order: _order, stock_location, ...facts } = pickup
  const settings = pickupSettingsOf(stock_location ?? {})
  res.json({
    pickup: {
      ...facts,
      code: pickup.status === "ready" && isOwner && sealed_code ? openCode(sealed_code, legacyCodeSecretOf(req.scope)) : null,
      store: {
        id: stock_location?.id,
        name: stock_location?.name,
        address: stock_location?.address ?? null,
        opening_hours: settings.opening_hours,
        time_zone: settings.time_zone,
        instructions: settings.instructions,
      },
    },
  })
}
