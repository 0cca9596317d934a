import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("product")

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "search-sync-product" },
}
