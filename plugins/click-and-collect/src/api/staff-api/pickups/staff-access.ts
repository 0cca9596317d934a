/**
 * Store staff see and act on the pickups of the stores they work at, nothing
 * else. Who they are and where they work comes from shop-core's `/staff-api`
 * middleware (a `staff` token of an active member).
 */
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { staffActorId, staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

/** The stores of the signed-in member; 403 when they work at none. */
export async function staffLocationIds(req: MedusaRequest): Promise<string[]> {
  const ids = staffStoreIds(req)
  if (ids.length === 0) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "You do not work at any store yet: an admin adds your stores under Store staff.")
  }
  return ids
}

/** The pickup `req.params.id` if it belongs to one of the member's stores; 404 otherwise, as if it did not exist. */
export async function pickupOfStaff(req: MedusaRequest) {
  const locationIds = await staffLocationIds(req)
  const pickups: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [pickup] = await pickups.listPickupOrders({ id: req.params.id, location_id: locationIds }, { select: ["id", "status", "location_id"] })
  if (!pickup) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pickup ${req.params.id} was not found in your stores.`)
  }
  return pickup
}

/** The staff member's id, recorded on the pickup's events. */
export const actorOf = (req: MedusaRequest) => staffActorId(req)
