import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generatePickupCode, sealCode } from "../../lib/pickup-code"
import { addDays } from "../../lib/store-settings"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import { assertTransitionAllowed, retrievePickupOrFail } from "./transition-pickup"

export type MarkPickupReadyInput = { pickup_id: string; actor_id: string; hold_period_days: number; now?: string }

export const markPickupReadyStepId = "mark-pickup-ready"

/**
 * Ready on the shelf: a fresh collection code (sealed, never in workflow data
 * or logs) and the date the order is held until.
 */
export const markPickupReadyStep = createStep(
  markPickupReadyStepId,
  async (input: MarkPickupReadyInput, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const before = await retrievePickupOrFail(pickups, input.pickup_id)
    assertTransitionAllowed(before, "ready")

    const readyAt = input.now ? new Date(input.now) : new Date()
    const updated = await pickups.updatePickupOrders({
      id: before.id,
      status: "ready",
      sealed_code: sealCode(generatePickupCode()),
      ready_at: readyAt,
      expires_at: addDays(readyAt, input.hold_period_days),
    })
    const event = await pickups.createPickupEvents({
      pickup_order_id: before.id,
      action: "ready",
      from_status: before.status,
      to_status: "ready",
      actor_id: input.actor_id,
    })
    const { sealed_code: _sealed, ...withoutCode } = updated
    return new StepResponse(withoutCode, { id: before.id, status: before.status, eventId: event.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    await pickups.updatePickupOrders({
      id: undo.id,
      status: undo.status,
      sealed_code: null,
      ready_at: null,
      expires_at: null,
    })
    await pickups.deletePickupEvents(undo.eventId)
  },
)
