import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pickupSettingsOf } from "../../../lib/store-settings"
import { pickListOf } from "./pick-list"
import { isOverdue, PICKUP_FIELDS } from "./queue"

const DETAIL_FIELDS = [
  ...PICKUP_FIELDS,
  "order_id",
  "events.*",
  "stock_location.id",
  "stock_location.name",
  "stock_location.metadata",
  "stock_location.address.country_code",
]

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "created_at",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  // Order item quantities live on the item's "detail" (order_item), not on the line item.
  "items.detail.quantity",
]

/** A pickup as staff and the order page widget see it: never its code. */
export async function pickupDetail(container: MedusaContainer, filters: { id?: string; order_id?: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "pickup_order", fields: DETAIL_FIELDS, filters })
  const pickup = data[0]
  if (!pickup) {
    return null
  }
  // The order on its own, not through the link: line item quantities come back null through it.
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: pickup.order_id } })
  const { stock_location, events, ...rest } = pickup
  const { items, ...orderSummary } = orders[0] ?? {}
  return {
    ...rest,
    overdue: isOverdue(pickup),
    order: orderSummary,
    store: stock_location
      ? { id: stock_location.id, name: stock_location.name, settings: pickupSettingsOf(stock_location) }
      : null,
    pick_list: await pickListOf(container, items ?? [], pickup.location_id),
    events: [...(events ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()),
  }
}
