import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
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
    let pickup
    try {
      pickup = await pickups.createPickupOrders({ ...input, status: "received" })
    } catch (error) {
      // The subscriber and the reconciliation raced: the unique index on order_id let one win.
      const [existing] = await pickups.listPickupOrders({ order_id: input.order_id })
      if (existing) {
        return new StepResponse(existing, null)
      }
      throw error
    }
    await pickups.createPickupEvents({
      pickup_order_id: pickup.id,
      action: "created",
      to_status: "received",
      actor_id: "system",
      note: input.ship_to_store ? "Some items come from the warehouse (ship to store)." : null,
    })
    crashPoint("pickup.create.after-create")
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
