import type { SubscriberConfig } from "@medusajs/framework"
import { searchSyncSubscriber } from "../lib/search-sync-subscriber"

export default searchSyncSubscriber("variant")

export const config: SubscriberConfig = {
  event: ["product-variant.created", "product-variant.updated", "product-variant.deleted"],
  context: { subscriberId: "search-sync-variant" },
}
