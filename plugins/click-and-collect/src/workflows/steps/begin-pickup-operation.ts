import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import { retrievePickupOrFail } from "./transition-pickup"

export type PickupOperation = "hand_over" | "short_pick"

const NAMES: Record<PickupOperation, string> = { hand_over: "hand-over", short_pick: "short pick" }

export const beginPickupOperationStepId = "begin-pickup-operation"

/**
 * Records on the pickup that a hand-over or short pick has started, with its plan,
 * before the first change of money or stock. A crash leaves it recorded: the staff
 * screen then offers "retry", and the retry resumes this plan (the steps after
 * this one each recognise work already done). The final transition clears it.
 * Compensation clears it only when this run set it: a failed retry keeps the
 * record of the interrupted operation.
 */
export const beginPickupOperationStep = createStep(
  beginPickupOperationStepId,
  async ({ pickup_id, action, plan }: { pickup_id: string; action: PickupOperation; plan: Record<string, unknown> }, { container }) => {
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    const pickup = await retrievePickupOrFail(pickups, pickup_id)
    if (pickup.pending_action && pickup.pending_action !== action) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A ${NAMES[pickup.pending_action as PickupOperation]} of this pickup was interrupted: retry it first.`,
      )
    }
    if (pickup.pending_action === action) {
      return new StepResponse({ resumed: true }, null)
    }
    await pickups.updatePickupOrders({ id: pickup_id, pending_action: action, pending_plan: plan, pending_since: new Date() })
    crashPoint(`pickup.${action === "hand_over" ? "hand-over" : "short-pick"}.after-begin`)
    return new StepResponse({ resumed: false }, pickup_id)
  },
  async (pickupId, { container }) => {
    if (!pickupId) return
    const pickups: PickupModuleService = container.resolve(PICKUP_MODULE)
    await pickups.updatePickupOrders({ id: pickupId, pending_action: null, pending_plan: null, pending_since: null })
  },
)
