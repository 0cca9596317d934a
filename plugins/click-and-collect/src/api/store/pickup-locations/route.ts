import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The producer's own stores: stock locations marked `metadata.kind = "store"`,
 * with the address and opening hours a shopper needs to collect an order.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata", "address.*"],
  })
  const stores = locations
    .filter((location) => location.metadata?.kind === "store")
    .map(({ id, name, metadata, address }) => ({
      id,
      name,
      address,
      opening_hours: metadata?.opening_hours ?? null,
      pickup_instructions: metadata?.pickup_instructions ?? null,
    }))
  res.json({ pickup_locations: stores })
}
