import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import type { PickupAction } from "../../modules/pickup/statuses"
import { assertTransitionAllowed, retrievePickupOrFail } from "./transition-pickup"

/** Actions that wait for an interrupted one; reject, cancel and expire end the pickup whatever happened. */
const SEQUENTIAL = ["prepare", "ready", "resend", "hand_over", "short_pick"] as const

export const assertPickupActionAllowedStepId = "assert-pickup-action-allowed"

/**
 * Refuses early (400, with the reason) so nothing is changed: before a
 * fulfillment is created or an e-mail sent. With `due_before`, the pickup's
 * hold period must also have ended by then (expiry).
 */
export const assertPickupActionAllowedStep = createStep(
  assertPickupActionAllowedStepId,
  async ({ pickup_id, action, due_before }: { pickup_id: string; action: PickupAction; due_before?: string }, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const pickup = await retrievePickupOrFail(pickups, pickup_id)
    assertTransitionAllowed(pickup, action)
    // An interrupted hand-over or short pick is finished first: moving the pickup on meanwhile would strand it.
    const pending = pickup.pending_action as PickupAction | null
    if (pending && action !== pending && (SEQUENTIAL as readonly string[]).includes(action)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The ${pending === "hand_over" ? "hand-over" : "short pick"} of pickup ${pickup_id} was interrupted: retry it first.`,
      )
    }
    if (due_before && !(pickup.expires_at && new Date(pickup.expires_at) < new Date(due_before))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pickup ${pickup_id} is held until ${pickup.expires_at}.`)
    }
    return new StepResponse({ id: pickup.id, status: pickup.status })
  },
)
