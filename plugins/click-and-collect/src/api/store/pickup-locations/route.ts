import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStoresAndWarehouses } from "../../../lib/stores"

/**
 * GET /store/pickup-locations: the producer's own stores (stock locations with
 * `metadata.kind = "store"`) taking collection orders: address, opening hours,
 * pickup instructions, lead times, hold period, and the "Collect in store"
 * shipping option(s) to choose at checkout.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const { stores } = await listStoresAndWarehouses(req.scope, req.publishable_key_context?.sales_channel_ids)
  const pickupLocations = stores
    .filter((store) => store.settings.enabled)
    .map(({ settings, ...store }) => ({
      ...store,
      opening_hours: settings.opening_hours,
      time_zone: settings.time_zone,
      pickup_instructions: settings.instructions,
      lead_time_hours: settings.lead_time_hours,
      ship_to_store_lead_time_hours: settings.ship_to_store_lead_time_hours,
      hold_period_days: settings.hold_period_days,
    }))
  res.json({ pickup_locations: pickupLocations })
}
