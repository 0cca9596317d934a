import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginOrderEditOrderWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditUpdateItemQuantityWorkflow,
  releaseLockStep,
  requestOrderEditRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { captureOrderPaymentStep } from "./steps/capture-order-payment"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { moveReservationsToStoreStep } from "./steps/move-reservations-to-store"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { type MissingItem, planShortPickStep } from "./steps/plan-short-pick"
import { refundOrderSurplusStep } from "./steps/refund-order-surplus"
import { transitionPickupStep } from "./steps/transition-pickup"

export type ShortPickPickupInput = { pickup_id: string; actor_id: string; items: MissingItem[]; reason: string }

export const shortPickPickupWorkflowId = "short-pick-pickup"

/**
 * The store has fewer units than ordered: the missing units come off the order
 * through a Medusa order edit (new totals, their reservations released), the
 * rest stays reserved at the store, and the shopper is told what is missing and
 * why. Medusa answers an edit of an order whose payment is only authorised by
 * cancelling that authorisation and asking for a new payment; so the payment is
 * captured first, and the missing items' share refunded after the edit.
 */
export const shortPickPickupWorkflow = createWorkflow(shortPickPickupWorkflowId, (input: ShortPickPickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "short_pick" })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const plan = planShortPickStep({ context, items: input.items })

  const edit = transform({ context, input }, ({ context, input }) => ({
    order_id: context.order.id,
    created_by: input.actor_id,
    description: `Short pick at ${context.stock_location.name}: ${input.reason}`,
  }))
  const payer = transform({ edit, input }, ({ edit, input }) => ({ order_id: edit.order_id, actor_id: input.actor_id }))
  captureOrderPaymentStep(payer)
  beginOrderEditOrderWorkflow.runAsStep({ input: edit })
  const quantities = transform({ edit, plan }, ({ edit, plan }) => ({ order_id: edit.order_id, items: plan.quantities }))
  orderEditUpdateItemQuantityWorkflow.runAsStep({ input: quantities })
  requestOrderEditRequestWorkflow.runAsStep({ input: { order_id: edit.order_id, requested_by: input.actor_id } })
  confirmOrderEditRequestWorkflow.runAsStep({ input: { order_id: edit.order_id, confirmed_by: input.actor_id } })
  // Confirming the edit re-reserves the kept units at the first location with stock (#15132): back to the store.
  const target = transform({ context }, ({ context }) => ({ order_id: context.order.id, location_id: context.location_id }))
  moveReservationsToStoreStep(target)
  refundOrderSurplusStep(payer)

  const note = transform({ plan, input }, ({ plan, input }) =>
    `${plan.missing.map((line) => `${line.missing_quantity} × ${line.title}`).join(", ")} missing: ${input.reason}`,
  )
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "short_pick",
    to_status: "preparing",
    actor_id: input.actor_id,
    note,
  })
  const details = transform({ plan, input }, ({ plan, input }) => ({ missing_items: plan.missing, short_pick_reason: input.reason }))
  notifyPickupCustomerStep({ context, template: "pickup-short-picked", details })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
