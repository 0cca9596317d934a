import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export const recordPickupEventStepId = "record-pickup-event"

/** An entry on the pickup's timeline that changes no status (a payment at the till). */
export const recordPickupEventStep = createStep(
  recordPickupEventStepId,
  async (input: { pickup_id: string; action: string; actor_id: string; note: string }, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const event = await pickups.createPickupEvents({
      pickup_order_id: input.pickup_id,
      action: input.action,
      actor_id: input.actor_id,
      note: input.note,
    })
    return new StepResponse(event, event.id)
  },
  async (eventId, { container }) => {
    if (!eventId) return
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    await pickups.deletePickupEvents(eventId)
  },
)
