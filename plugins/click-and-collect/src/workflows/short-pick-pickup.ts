import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { applyShortPickEditStep } from "./steps/apply-short-pick-edit"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { beginPickupOperationStep } from "./steps/begin-pickup-operation"
import { captureOrderPaymentStep } from "./steps/capture-order-payment"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { moveReservationsToStoreStep } from "./steps/move-reservations-to-store"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { type MissingItem, planShortPickStep } from "./steps/plan-short-pick"
import { refundShortPickStep } from "./steps/refund-short-pick"
import { transitionPickupStep } from "./steps/transition-pickup"

/** Without `items` and `reason`: the retry of a short pick a crash interrupted (its recorded plan is resumed). */
export type ShortPickPickupInput = { pickup_id: string; actor_id: string; items?: MissingItem[] | null; reason?: string | null }

export const shortPickPickupWorkflowId = "short-pick-pickup"

/**
 * The store has fewer units than ordered: the missing units come off the order
 * through a Medusa order edit (new totals, their reservations released), the
 * rest stays reserved at the store, the shopper gets back what the missing units
 * were paid (promotions deducted, rounded once) and is told what is missing and
 * why. Medusa answers an edit of an order whose payment is only authorised by
 * cancelling that authorisation and asking for a new payment; so the payment is
 * captured first, and the missing units refunded after the edit.
 * The plan is recorded on the pickup before the first change, and each step
 * recognises work already done: a retry after a crash refunds exactly once.
 */
export const shortPickPickupWorkflow = createWorkflow(shortPickPickupWorkflowId, (input: ShortPickPickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "short_pick" })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const plan = planShortPickStep({ context, items: input.items, reason: input.reason })
  const operation = transform({ input, plan }, ({ input, plan }) => ({
    pickup_id: input.pickup_id,
    action: "short_pick" as const,
    plan: plan as unknown as Record<string, unknown>,
  }))
  beginPickupOperationStep(operation)

  const payer = transform({ context, input }, ({ context, input }) => ({
    order_id: context.order.id,
    actor_id: input.actor_id,
    crash_point: "pickup.short-pick.after-capture",
  }))
  captureOrderPaymentStep(payer)
  const edit = transform({ context, input, plan }, ({ context, input, plan }) => ({
    order_id: context.order.id,
    actor_id: input.actor_id,
    plan,
    description: `Short pick at ${context.stock_location.name}: ${plan.reason}`,
  }))
  applyShortPickEditStep(edit)
  // Confirming the edit re-reserves the kept units at the first location with stock (#15132): back to the store.
  const target = transform({ context }, ({ context }) => ({
    order_id: context.order.id,
    location_id: context.location_id,
    crash_point: "pickup.short-pick.after-reservations",
  }))
  moveReservationsToStoreStep(target)
  const refund = transform({ context, input, plan }, ({ context, input, plan }) => ({
    order_id: context.order.id,
    actor_id: input.actor_id,
    amount: plan.refund,
    note: plan.refund_note,
  }))
  refundShortPickStep(refund)

  const note = transform({ plan }, ({ plan }) =>
    `${plan.lines.map((line) => `${line.missing_quantity} × ${line.title}`).join(", ")} missing: ${plan.reason}`,
  )
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "short_pick",
    to_status: "preparing",
    actor_id: input.actor_id,
    note,
  })
  const details = transform({ plan }, ({ plan }) => ({
    missing_items: plan.lines.map((line) => ({ title: line.title, missing_quantity: line.missing_quantity })),
    short_pick_reason: plan.reason,
    refund: { amount: plan.refund, currency_code: plan.currency_code },
  }))
  notifyPickupCustomerStep({ context, template: "pickup-short-picked", details })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
