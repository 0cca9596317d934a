/**
 * Store staff see and act on the pickups of the stores they work at
 * (`metadata.store_location_ids` on their admin user), nothing else.
 */
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { storeLocationIdsOfUser } from "../../../lib/staff-stores"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

/** The stores of the signed-in user; 403 when they work at none. */
export async function staffLocationIds(req: AuthenticatedMedusaRequest): Promise<string[]> {
  const ids = await storeLocationIdsOfUser(req.scope, req.auth_context?.actor_id)
  if (ids.length === 0) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your user is not assigned to any store. An admin sets the stores in the user's metadata.store_location_ids.",
    )
  }
  return ids
}

/** The pickup `req.params.id` if it belongs to one of the user's stores; 404 otherwise, as if it did not exist. */
export async function pickupOfStaff(req: AuthenticatedMedusaRequest) {
  const locationIds = await staffLocationIds(req)
  const pickups: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [pickup] = await pickups.listPickupOrders({ id: req.params.id, location_id: locationIds }, { select: ["id", "status", "location_id"] })
  if (!pickup) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pickup ${req.params.id} was not found in your stores.`)
  }
  return pickup
}

export const actorOf = (req: AuthenticatedMedusaRequest) => req.auth_context.actor_id
