import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { captureOrderPaymentStep } from "./steps/capture-order-payment"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { refuseUnverifiedCollectorStep } from "./steps/refuse-unverified-collector"
import { transitionPickupStep } from "./steps/transition-pickup"
import { type CollectorProof, verifyCollectorStep } from "./steps/verify-collector"

export type HandOverPickupInput = { pickup_id: string; actor_id: string; proof: CollectorProof; note?: string }

export const handOverPickupWorkflowId = "hand-over-pickup"

/**
 * The collector is at the till. With the right code (or, logged as such, the
 * order number and last name) the payment is captured if it was only
 * authorised, then the order is fulfilled from the store's stock location and
 * marked delivered, so the units leave that store's stock.
 */
export const handOverPickupWorkflow = createWorkflow(handOverPickupWorkflowId, (input: HandOverPickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "hand_over" })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const verification = verifyCollectorStep({ context, proof: input.proof, actor_id: input.actor_id })
  when("collector-not-verified", { verification }, ({ verification }) => !verification.verified).then(() => {
    refuseUnverifiedCollectorStep({ method: verification.method })
  })

  const payment = transform({ context, input }, ({ context, input }) => ({ order_id: context.order.id, actor_id: input.actor_id }))
  captureOrderPaymentStep(payment)
  const fulfillmentInput = transform({ context, input }, ({ context, input }) => ({
    order_id: context.order.id,
    location_id: context.location_id,
    created_by: input.actor_id,
    items: context.order.items.filter((item) => item.quantity > 0).map((item) => ({ id: item.id, quantity: item.quantity })),
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: { orderId: context.order.id, fulfillmentId: fulfillment.id },
  })
  const collectedAt = transform({}, () => new Date())
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "hand_over",
    to_status: "collected",
    actor_id: input.actor_id,
    note: input.note,
    verification_method: verification.method,
    changes: { collected_at: collectedAt },
  })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
