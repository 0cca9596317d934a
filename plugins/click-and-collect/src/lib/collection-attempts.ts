/**
 * Wrong codes typed for one pickup are counted from its "verification_failed"
 * events (in the database, so every server process sees the same count): 5 in
 * 15 minutes and the till must wait. With 27^6 possible codes that makes
 * guessing hopeless.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../modules/pickup"
import type PickupModuleService from "../modules/pickup/service"

export const MAX_FAILED_ATTEMPTS = 5
export const ATTEMPT_WINDOW_MINUTES = 15

/** A message to answer with when the pickup is locked out, or null. */
export async function tooManyFailedAttempts(container: MedusaContainer, pickupId: string, now = new Date()) {
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MINUTES * 60_000)
  const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
  const [, failed] = await pickups.listAndCountPickupEvents(
    { pickup_order_id: pickupId, action: "verification_failed", created_at: { $gte: since } },
    { take: 1 },
  )
  if (failed < MAX_FAILED_ATTEMPTS) {
    return null
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Pickup ${pickupId}: hand-over refused, ${failed} wrong proofs in ${ATTEMPT_WINDOW_MINUTES} minutes.`)
  return `Too many wrong attempts for this order: wait ${ATTEMPT_WINDOW_MINUTES} minutes before trying again.`
}
