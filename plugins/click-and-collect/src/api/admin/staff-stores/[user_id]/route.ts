import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { storeLocationIdsOf, withStoreLocationIds } from "../../../../lib/staff-stores"
import { listStoresAndWarehouses } from "../../../../lib/stores"
import type { AdminSetStaffStoresType } from "../validators"

async function userOrFail(req: AuthenticatedMedusaRequest) {
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: req.params.user_id }, { select: ["id", "metadata"] })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `User ${req.params.user_id} was not found.`)
  }
  return user
}

/** GET /admin/staff-stores/:user_id: all stores, and those the user works at. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const user = await userOrFail(req)
  const { stores } = await listStoresAndWarehouses(req.scope)
  res.json({ stores: stores.map(({ id, name }) => ({ id, name })), location_ids: storeLocationIdsOf(user) })
}

/**
 * POST /admin/staff-stores/:user_id `{ location_ids }`: sets the stores the
 * user works at (metadata.store_location_ids, other metadata kept). Any admin
 * may assign staff, as any admin may manage users in Medusa.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetStaffStoresType>, res: MedusaResponse) {
  const user = await userOrFail(req)
  const { stores } = await listStoresAndWarehouses(req.scope)
  const unknown = req.validatedBody.location_ids.filter((id) => !stores.some((store) => store.id === id))
  if (unknown.length > 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not stores: ${unknown.join(", ")}.`)
  }
  const metadata = withStoreLocationIds(user, req.validatedBody.location_ids)
  await updateUsersWorkflow(req.scope).run({ input: { updates: [{ id: user.id, metadata }] } })
  res.json({ location_ids: storeLocationIdsOf({ metadata }) })
}
