/**
 * Per store: can it serve these lines, and when would they be ready? Read by the
 * availability route (product pages, checkout) and by the guard that refuses a
 * store at checkout that cannot serve the cart.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type Line, storeAvailability } from "./availability"
import { listStoresAndWarehouses } from "./stores"
import { variantStock } from "./variant-stock"

/** Every store, or with `shippingOptionId` only the store collecting through that option (none for home delivery). */
export async function pickupAvailability(
  container: MedusaContainer,
  lines: Line[],
  { salesChannelIds, shippingOptionId, now = new Date() }: { salesChannelIds?: string[]; shippingOptionId?: string; now?: Date } = {},
) {
  const { stores: all, warehouseIds } = await listStoresAndWarehouses(container, salesChannelIds)
  const stores = shippingOptionId ? all.filter((store) => store.shipping_option_ids.includes(shippingOptionId)) : all
  if (stores.length === 0) {
    return []
  }
  const variants = await variantStock(container, [...new Set(lines.map((line) => line.variant_id))])
  return stores.map((store) => ({
    location_id: store.id,
    name: store.name,
    handle: store.handle,
    shipping_option_ids: store.shipping_option_ids,
    time_zone: store.settings.time_zone,
    ...storeAvailability(store, warehouseIds, lines, variants, now),
  }))
}

/** A cart's lines and sales channel; 404 for an unknown cart. */
export async function cartLines(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
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
