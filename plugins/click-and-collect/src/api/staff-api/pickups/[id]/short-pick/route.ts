import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shortPickPickupWorkflow } from "../../../../../workflows/short-pick-pickup"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"
import type { AdminShortPickPickupType } from "../../validators"

/** POST /staff-api/pickups/:id/short-pick: some units are missing; they come off the order and the shopper is told. */
export async function POST(req: AuthenticatedMedusaRequest<AdminShortPickPickupType>, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  await shortPickPickupWorkflow(req.scope).run({
    input: { pickup_id: id, actor_id: actorOf(req), ...req.validatedBody },
  })
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
