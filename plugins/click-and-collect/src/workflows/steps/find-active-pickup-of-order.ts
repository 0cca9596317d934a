import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import { ACTIVE_STATUSES } from "../../modules/pickup/statuses"

export const findActivePickupOfOrderStepId = "find-active-pickup-of-order"

/** The order's pickup while it is still open (received, preparing or ready); null otherwise. */
export const findActivePickupOfOrderStep = createStep(
  findActivePickupOfOrderStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const [pickup] = await pickups.listPickupOrders({ order_id, status: [...ACTIVE_STATUSES] }, { select: ["id"] })
    return new StepResponse(pickup ? { id: pickup.id } : null)
  },
)
