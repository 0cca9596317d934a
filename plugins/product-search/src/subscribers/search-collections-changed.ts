import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("collection")

export const config: SubscriberConfig = {
  event: ["product-collection.updated"],
  context: { subscriberId: "search-sync-collection" },
}
