import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("inventory_item")

export const config: SubscriberConfig = {
  event: ["inventory-item.updated"],
  context: { subscriberId: "search-sync-inventory-item" },
}
