import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffOf } from "../../../lib/staff-scope"
import { listStores, type StoreSummary } from "../../../lib/stores"

export type StaffMeResponse = {
  staff_member: { id: string; first_name: string; last_name: string; email: string; stores: StoreSummary[] }
}

/** GET /staff-api/me: who is signed in and the stores they work at (names, for the header and the store chooser). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StaffMeResponse>) {
  const { store_location_ids, ...member } = staffOf(req)
  const stores = await listStores(req.scope, store_location_ids)
  res.json({ staff_member: { ...member, stores } })
}
