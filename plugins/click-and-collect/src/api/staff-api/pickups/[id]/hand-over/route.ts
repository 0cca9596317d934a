import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handOverPickupWorkflow } from "../../../../../workflows/hand-over-pickup"
import { tooManyFailedAttempts } from "../../../../../lib/collection-attempts"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"
import type { AdminHandOverPickupType } from "../../validators"

/**
 * POST /staff-api/pickups/:id/hand-over with `{ code }`, or `{ order_number,
 * last_name, note }` when the collector has no code. 429 after too many wrong
 * attempts on this pickup.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminHandOverPickupType>, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  const limited = await tooManyFailedAttempts(req.scope, id)
  if (limited) {
    res.status(429).json({ type: "too_many_attempts", message: limited })
    return
  }
  const { note, ...proof } = req.validatedBody
  await handOverPickupWorkflow(req.scope).run({ input: { pickup_id: id, actor_id: actorOf(req), proof, note } })
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
