import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import PickupModule from "../modules/pickup"

/** `pickup_order.stock_location`: the store where the order is collected. Read-only, like the order link. */
export default defineLink(
  { linkable: PickupModule.linkable.pickupOrder, field: "location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true },
)
