import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("category")

export const config: SubscriberConfig = {
  event: ["product-category.updated"],
  context: { subscriberId: "search-sync-category" },
}
