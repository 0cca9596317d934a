import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { isStore, pickupSettingsOf, settingsToMetadata } from "../../../../lib/store-settings"
import type { AdminUpdatePickupSettingsType } from "../validators"

async function storeLocation(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata", "address.country_code"],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${id} was not found.`)
  }
  return data[0]
}

/** GET /admin/pickup-settings/:location_id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const location = await storeLocation(req.scope, req.params.location_id)
  res.json({ is_store: isStore(location), settings: pickupSettingsOf(location) })
}

/** POST /admin/pickup-settings/:location_id: saved into the location's metadata, other keys kept. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePickupSettingsType>, res: MedusaResponse) {
  const location = await storeLocation(req.scope, req.params.location_id)
  if (!isStore(location)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${location.name} is not a store (metadata.kind is not "store").`)
  }
  const metadata = { ...(location.metadata ?? {}), ...settingsToMetadata(req.validatedBody) }
  await updateStockLocationsWorkflow(req.scope).run({ input: { selector: { id: location.id }, update: { metadata } } })
  res.json({ is_store: true, settings: pickupSettingsOf({ ...location, metadata }) })
}
