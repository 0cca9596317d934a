import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectPickupWorkflow } from "../../../../../workflows/reject-pickup"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"
import type { AdminRejectPickupType } from "../../validators"

/** POST /staff-api/pickups/:id/reject: the store cannot serve the order; it is cancelled and the shopper told why. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectPickupType>, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  await rejectPickupWorkflow(req.scope).run({
    input: { pickup_id: id, actor_id: actorOf(req), reason: req.validatedBody.reason },
  })
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
