import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeLocationIdsOfUser } from "../../../lib/staff-stores"

/**
 * GET /admin/staff-stores: the stores the signed-in user works at, for the
 * staff screens' store chooser (click-and-collect and in-store returns). An
 * empty list means the user was not assigned to a store.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ids = await storeLocationIdsOfUser(req.scope, req.auth_context?.actor_id)
  if (ids.length === 0) {
    res.json({ stores: [] })
    return
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata"],
    filters: { id: ids },
  })
  const stores = data
    .map(({ id, name, metadata }) => ({ id, name, handle: (metadata?.handle as string | undefined) ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name))
  res.json({ stores })
}
