import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { handOverPickupWorkflow } from "../../../../../workflows/hand-over-pickup"
import { shortPickPickupWorkflow } from "../../../../../workflows/short-pick-pickup"
import { PICKUP_MODULE } from "../../../../../modules/pickup"
import type PickupModuleService from "../../../../../modules/pickup/service"
import { pickupDetail } from "../../pickup-detail"
import { actorOf, pickupOfStaff } from "../../staff-access"

/**
 * POST /staff-api/pickups/:id/retry: finishes a hand-over or short pick that a crash
 * interrupted, from its recorded plan (the collector was verified already; the
 * missing items were chosen already). 400 when nothing was interrupted.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { id } = await pickupOfStaff(req)
  const pickups: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [pickup] = await pickups.listPickupOrders({ id }, { select: ["id", "pending_action"] })
  if (pickup?.pending_action === "hand_over") {
    await handOverPickupWorkflow(req.scope).run({ input: { pickup_id: id, actor_id: actorOf(req) } })
  } else if (pickup?.pending_action === "short_pick") {
    await shortPickPickupWorkflow(req.scope).run({ input: { pickup_id: id, actor_id: actorOf(req) } })
  } else {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pickup ${id} has no interrupted hand-over or short pick to retry.`)
  }
  res.json({ pickup: await pickupDetail(req.scope, { id }) })
}
