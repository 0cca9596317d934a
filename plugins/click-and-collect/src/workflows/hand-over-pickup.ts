import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertOrderPayableStep } from "./steps/assert-order-payable"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { beginPickupOperationStep } from "./steps/begin-pickup-operation"
import { captureOrderPaymentStep } from "./steps/capture-order-payment"
import { ensureFulfillmentDeliveredStep } from "./steps/ensure-fulfillment-delivered"
import { ensureOrderFulfilledStep } from "./steps/ensure-order-fulfilled"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { refuseUnverifiedCollectorStep } from "./steps/refuse-unverified-collector"
import { transitionPickupStep } from "./steps/transition-pickup"
import { type CollectorProof, verifyCollectorStep } from "./steps/verify-collector"

/** Without `proof`: the retry of a hand-over interrupted after the collector was verified. */
export type HandOverPickupInput = { pickup_id: string; actor_id: string; proof?: CollectorProof | null; note?: string }

export const handOverPickupWorkflowId = "hand-over-pickup"

/**
 * The collector is at the till. With the right code (or, logged as such, the
 * order number and last name), and only if the order is paid or its payment
 * can be captured, the hand-over is recorded as under way on the pickup, the
 * authorised payment captured, the order fulfilled from the store's stock
 * location and marked delivered, so the units leave that store's stock.
 * Each step after the record recognises work a crashed run already did, so a
 * retry completes the hand-over: no second capture, no second fulfillment.
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
  const orderRef = transform({ context }, ({ context }) => ({ order_id: context.order.id }))
  assertOrderPayableStep(orderRef)

  const operation = transform({ input, verification }, ({ input, verification }) => ({
    pickup_id: input.pickup_id,
    action: "hand_over" as const,
    plan: { verification_method: verification.method, note: input.note ?? null },
  }))
  beginPickupOperationStep(operation)

  const payment = transform({ context, input }, ({ context, input }) => ({
    order_id: context.order.id,
    actor_id: input.actor_id,
    crash_point: "pickup.hand-over.after-capture",
  }))
  captureOrderPaymentStep(payment)
  const fulfillmentInput = transform({ context, input }, ({ context, input }) => ({
    order_id: context.order.id,
    location_id: context.location_id,
    created_by: input.actor_id,
    items: context.order.items.filter((item) => item.quantity > 0).map((item) => ({ id: item.id, quantity: item.quantity })),
  }))
  const fulfillment = ensureOrderFulfilledStep(fulfillmentInput)
  const delivery = transform({ context, fulfillment }, ({ context, fulfillment }) => ({
    order_id: context.order.id,
    fulfillment_id: fulfillment.id,
  }))
  ensureFulfillmentDeliveredStep(delivery)
  const changes = transform({ context, input }, ({ context, input }) => ({
    collected_at: new Date(),
    note: input.note ?? (context.pending_plan?.note as string | null | undefined) ?? undefined,
  }))
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "hand_over",
    to_status: "collected",
    actor_id: input.actor_id,
    note: changes.note,
    verification_method: verification.method,
    changes: { collected_at: changes.collected_at },
  })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
