import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export type CreatePickupOrderInput = {
  order_id: string
  location_id: string
  due_at: Date
  ship_to_store: boolean
}

export const createPickupOrderStepId = "create-pickup-order"

export const createPickupOrderStep = createStep(
  createPickupOrderStepId,
  async (input: CreatePickupOrderInput, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const pickup = await pickups.createPickupOrders({ ...input, status: "received" })
    await pickups.createPickupEvents({
      pickup_order_id: pickup.id,
      action: "created",
      to_status: "received",
      actor_id: "system",
      note: input.ship_to_store ? "Some items come from the warehouse (ship to store)." : null,
    })
    return new StepResponse(pickup, pickup.id)
  },
  async (pickupId, { container }) => {
    if (!pickupId) {
      return
    }
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const events = await pickups.listPickupEvents({ pickup_order_id: pickupId })
    await pickups.deletePickupEvents(events.map((event) => event.id))
    await pickups.deletePickupOrders(pickupId)
  },
)
