import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resendPickupNotificationWorkflow } from "../../../../../workflows/resend-pickup-notification"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"

/** POST /staff-api/pickups/:id/resend-notification: the "ready" e-mail again. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  await resendPickupNotificationWorkflow(req.scope).run({ input: { pickup_id: id, actor_id: actorOf(req) } })
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
