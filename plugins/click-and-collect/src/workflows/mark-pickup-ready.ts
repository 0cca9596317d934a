import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { markPickupReadyStep } from "./steps/mark-pickup-ready"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { recordPickupNotifiedStep } from "./steps/record-pickup-notified"
import { transferStockToStoreStep } from "./steps/transfer-stock-to-store"

export type MarkPickupReadyInput = { pickup_id: string; actor_id: string; now?: string }

export const markPickupReadyWorkflowId = "mark-pickup-ready"

/**
 * The order is on the pickup shelf: ship-to-store units join the store's
 * stock, a collection code is made, and the shopper gets the "ready" e-mail.
 */
export const markPickupReadyWorkflow = createWorkflow(markPickupReadyWorkflowId, (input: MarkPickupReadyInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "ready" })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  transferStockToStoreStep({ order_id: context.order.id, location_id: context.location_id })
  markPickupReadyStep({
    pickup_id: input.pickup_id,
    actor_id: input.actor_id,
    hold_period_days: context.settings.hold_period_days,
    now: input.now,
  })
  const notified = notifyPickupCustomerStep({ context, template: "pickup-ready" })
  const pickup = recordPickupNotifiedStep({ pickup_id: input.pickup_id, actor_id: input.actor_id, template: "pickup-ready", sent: notified.sent })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
