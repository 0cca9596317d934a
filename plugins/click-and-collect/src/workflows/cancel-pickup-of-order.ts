import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findActivePickupOfOrderStep } from "./steps/find-active-pickup-of-order"
import { transitionPickupStep } from "./steps/transition-pickup"

export const cancelPickupOfOrderWorkflowId = "cancel-pickup-of-order"

/**
 * On `order.canceled`: an order cancelled in the admin leaves the stores' queues. Pickups
 * that were rejected or expired (which cancel the order themselves) are left as they are.
 */
export const cancelPickupOfOrderWorkflow = createWorkflow(cancelPickupOfOrderWorkflowId, (input: { order_id: string }) => {
  const pickup = findActivePickupOfOrderStep(input)
  const cancelled = when("order-has-open-pickup", { pickup }, ({ pickup }) => !!pickup).then(() =>
    transitionPickupStep({
      pickup_id: pickup!.id,
      action: "cancel",
      to_status: "cancelled",
      actor_id: "system",
      note: "The order was cancelled.",
    }),
  )
  return new WorkflowResponse(transform({ cancelled }, ({ cancelled }) => cancelled ?? null))
})
