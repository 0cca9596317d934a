import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("price")

export const config: SubscriberConfig = {
  event: ["pricing.price.created", "pricing.price.updated", "pricing.price.deleted"],
  context: { subscriberId: "search-sync-price" },
}
