import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickupDetail } from "../pickup-detail"
import { pickupOfStaff } from "../staff-access"

/** GET /staff-api/pickups/:id: the pick list, the collector's details and the timeline. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
