import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markPickupReadyWorkflow } from "../../../../../workflows/mark-pickup-ready"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"

/** POST /staff-api/pickups/:id/ready: on the shelf; the shopper gets the code by e-mail. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  await markPickupReadyWorkflow(req.scope).run({ input: { pickup_id: id, actor_id: actorOf(req) } })
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
