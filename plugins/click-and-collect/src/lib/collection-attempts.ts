/**
 * Proofs typed at the till for one pickup (code, or order number and last
 * name) are limited: 5 in 15 minutes, then the till must wait. With 27^6
 * possible codes that makes guessing hopeless.
 *
 * Each proof is counted BEFORE it is compared, with one conditional UPDATE of
 * the pickup's counter in PostgreSQL (so every server process sees it, and 30
 * requests at once cannot all pass a "fewer than 5 so far?" read): at most 5
 * proofs are ever checked per window, right or wrong. After 5 wrong ones the
 * right code is refused too until the window ends. Wrong proofs still go on the
 * pickup's timeline as "verification_failed" events.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../modules/pickup"
import type PickupModuleService from "../modules/pickup/service"

export const MAX_FAILED_ATTEMPTS = 5
export const ATTEMPT_WINDOW_MINUTES = 15

/** Null when this proof may be checked (and counts it), else the message to answer 429 with. */
export async function claimCollectionAttempt(container: MedusaContainer, pickupId: string): Promise<string | null> {
  const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
  const attempt = await pickups.claimCodeAttempt(pickupId, { max: MAX_FAILED_ATTEMPTS, windowMinutes: ATTEMPT_WINDOW_MINUTES })
  if (attempt !== null) {
    return null
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Pickup ${pickupId}: hand-over refused, ${MAX_FAILED_ATTEMPTS} proofs already checked in ${ATTEMPT_WINDOW_MINUTES} minutes.`)
  return `Too many attempts for this order: wait ${ATTEMPT_WINDOW_MINUTES} minutes before trying again.`
}
