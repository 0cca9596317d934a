import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("inventory_level")

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"],
  context: { subscriberId: "search-sync-inventory-level" },
}
