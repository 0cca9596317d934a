import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { cartLines, pickupAvailability } from "../../../lib/pickup-availability"

/**
 * POST /store/carts/:id/shipping-methods: Medusa would accept any store's
 * "Collect in store" option. Refuse a store that cannot serve the whole cart,
 * with the same reason the checkout shows, so a stale page cannot promise
 * what the store does not have. Home delivery options pass through.
 */
export async function refuseUnservablePickup(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const optionId = (req.body as { option_id?: unknown } | undefined)?.option_id
  if (typeof optionId !== "string") {
    return next()
  }
  const { lines, salesChannelIds } = await cartLines(req.scope, req.params.id)
  const [store] = await pickupAvailability(req.scope, lines, { salesChannelIds, shippingOptionId: optionId })
  if (store && !store.can_serve) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${store.name} cannot take this order for collection: ${store.reason}`)
  }
  next()
}
