import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { preparePickupWorkflow } from "../../../../../workflows/prepare-pickup"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"

/** POST /staff-api/pickups/:id/prepare: staff start picking. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  await preparePickupWorkflow(req.scope).run({ input: { pickup_id: id, actor_id: actorOf(req) } })
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
