import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PickupModule from "../modules/pickup"

/**
 * `query.graph({ entity: "pickup_order", fields: ["order.*"] })`. Read-only:
 * the pickup keeps the order id itself, so no link table to keep in sync.
 */
export default defineLink(
  { linkable: PickupModule.linkable.pickupOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true },
)
