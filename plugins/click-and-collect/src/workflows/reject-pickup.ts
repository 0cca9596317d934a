import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { transitionPickupStep } from "./steps/transition-pickup"

export type RejectPickupInput = { pickup_id: string; actor_id: string; reason: string }

export const rejectPickupWorkflowId = "reject-pickup"

/**
 * The store cannot serve the order (short pick, damaged goods): the order is
 * cancelled, which releases its reservations and voids or refunds the
 * payment, and the shopper is told why.
 */
export const rejectPickupWorkflow = createWorkflow(rejectPickupWorkflowId, (input: RejectPickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "reject",
    to_status: "rejected",
    actor_id: input.actor_id,
    note: input.reason,
    changes: { reason: input.reason },
  })
  cancelOrderWorkflow.runAsStep({ input: { order_id: context.order.id, canceled_by: input.actor_id } })
  notifyPickupCustomerStep({ context, template: "pickup-rejected" })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
