import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartLines, pickupAvailability } from "../../../lib/pickup-availability"
import type { StorePickupAvailabilityType } from "./validators"

/**
 * GET /store/pickup-availability?variant_ids=a,b (one unit of each, for a
 * product page) or ?cart_id=… (the whole cart, for checkout): per store,
 * whether it can serve everything, when it would be ready, and if not, why.
 */
export async function GET(req: MedusaStoreRequest<unknown, StorePickupAvailabilityType>, res: MedusaResponse) {
  const { variant_ids, cart_id } = req.validatedQuery
  const { lines, salesChannelIds } = cart_id
    ? await cartLines(req.scope, cart_id)
    : {
        lines: variant_ids!.map((variant_id) => ({ variant_id, quantity: 1 })),
        salesChannelIds: req.publishable_key_context?.sales_channel_ids,
      }
  res.json({ stores: await pickupAvailability(req.scope, lines, { salesChannelIds }) })
}
