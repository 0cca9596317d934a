import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type Line, storeAvailability } from "../../../lib/availability"
import { listStoresAndWarehouses } from "../../../lib/stores"
import type { StorePickupAvailabilityType } from "./validators"
import { variantStock } from "./variant-stock"

async function cartLines(req: MedusaStoreRequest, cartId: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "items.variant_id", "items.quantity"],
    filters: { id: cartId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found.`)
  }
  const lines: Line[] = (data[0].items ?? []).flatMap((item: { variant_id?: string | null; quantity: unknown } | null) =>
    item?.variant_id ? [{ variant_id: item.variant_id, quantity: Number(item.quantity) }] : [],
  )
  return { lines, salesChannelIds: data[0].sales_channel_id ? [data[0].sales_channel_id] : undefined }
}

/**
 * GET /store/pickup-availability?variant_ids=a,b (one unit of each, for a
 * product page) or ?cart_id=… (the whole cart, for checkout): per store,
 * whether it can serve everything, when it would be ready, and if not, why.
 */
export async function GET(req: MedusaStoreRequest<unknown, StorePickupAvailabilityType>, res: MedusaResponse) {
  const { variant_ids, cart_id } = req.validatedQuery
  const { lines, salesChannelIds } = cart_id
    ? await cartLines(req, cart_id)
    : {
        lines: variant_ids!.map((variant_id) => ({ variant_id, quantity: 1 })),
        salesChannelIds: req.publishable_key_context?.sales_channel_ids,
      }
  const { stores, warehouseIds } = await listStoresAndWarehouses(req.scope, salesChannelIds)
  const variants = await variantStock(req.scope, [...new Set(lines.map((line) => line.variant_id))])
  const now = new Date()
  res.json({
    stores: stores.map((store) => ({
      location_id: store.id,
      name: store.name,
      handle: store.handle,
      shipping_option_ids: store.shipping_option_ids,
      ...storeAvailability(store, warehouseIds, lines, variants, now),
    })),
  })
}
