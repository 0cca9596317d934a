import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { transitionPickupStep } from "./steps/transition-pickup"

export type ExpirePickupInput = { pickup_id: string; now: string }

export const expirePickupWorkflowId = "expire-pickup"

/**
 * Nobody came within the hold period: the order is cancelled (reservation
 * released, payment voided or refunded) and the shopper told.
 */
export const expirePickupWorkflow = createWorkflow(expirePickupWorkflowId, (input: ExpirePickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "expire", due_before: input.now })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "expire",
    to_status: "expired",
    actor_id: "system",
    note: "Not collected within the hold period.",
    changes: { reason: "Not collected within the hold period." },
  })
  cancelOrderWorkflow.runAsStep({ input: { order_id: context.order.id } })
  notifyPickupCustomerStep({ context, template: "pickup-expired" })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
