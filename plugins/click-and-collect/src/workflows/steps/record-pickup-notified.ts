import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"

export const recordPickupNotifiedStepId = "record-pickup-notified"

/**
 * Last step of a workflow that sent an e-mail: nothing after it can fail, so no
 * compensation. An e-mail that failed is not recorded as a notification of the
 * shopper (the failed notification row says what happened).
 */
export const recordPickupNotifiedStep = createStep(
  recordPickupNotifiedStepId,
  async (
    { pickup_id, actor_id, template, sent = true }: { pickup_id: string; actor_id: string; template: string; sent?: boolean },
    { container },
  ) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    if (!sent) {
      const { sealed_code: _sealed, ...withoutCode } = await pickups.retrievePickupOrder(pickup_id)
      return new StepResponse(withoutCode)
    }
    const updated = await pickups.updatePickupOrders({ id: pickup_id, notified_at: new Date() })
    await pickups.createPickupEvents({ pickup_order_id: pickup_id, action: "notified", actor_id, note: template })
    const { sealed_code: _sealed, ...withoutCode } = updated
    return new StepResponse(withoutCode)
  },
)
