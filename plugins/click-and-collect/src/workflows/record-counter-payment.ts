import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { formatAmount } from "@fairmade/shop-core/lib/money"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { type CounterPaymentMethod, planCounterPaymentStep } from "./steps/plan-counter-payment"
import { recordCounterPaymentStep } from "./steps/record-counter-payment"
import { recordPickupEventStep } from "./steps/record-pickup-event"

export type RecordCounterPaymentInput = {
  pickup_id: string
  actor_id: string
  method: CounterPaymentMethod
  /** Cash handed over, or what the card terminal charged, in the order's currency. */
  amount: string | number
}

export const recordCounterPaymentWorkflowId = "record-counter-payment"

const METHOD_LABELS: Record<CounterPaymentMethod, string> = { card: "Card terminal", cash: "Cash" }

/**
 * The collector pays at the till for an order that is not paid (a converted
 * draft order, a payment that failed): the money taken is recorded as a
 * captured Medusa payment on the order, and on the pickup's timeline with the
 * change given. Hand-over is possible afterwards.
 */
export const recordCounterPaymentWorkflow = createWorkflow(recordCounterPaymentWorkflowId, (input: RecordCounterPaymentInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  // Paid at the counter means the collector is there to take the goods: the same statuses as a hand-over.
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "hand_over" })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const request = transform({ context, input }, ({ context, input }) => ({
    order_id: context.order.id,
    method: input.method,
    amount: input.amount,
  }))
  const plan = planCounterPaymentStep(request)
  const payment = recordCounterPaymentStep({ plan, actor_id: input.actor_id })
  const event = transform({ plan, input }, ({ plan, input }) => {
    const money = (value: string) => `${formatAmount(value, plan.currency_code)} ${plan.currency_code.toUpperCase()}`
    const change = plan.method === "cash" ? `, ${money(plan.tendered)} received, ${money(plan.change)} change given` : ""
    return {
      pickup_id: input.pickup_id,
      action: "counter_payment",
      actor_id: input.actor_id,
      note: `${METHOD_LABELS[plan.method]}: ${money(plan.due)} paid at the till${change}.`,
    }
  })
  recordPickupEventStep(event)
  releaseLockStep({ key })
  const result = transform({ plan, payment }, ({ plan, payment }) => ({ ...plan, payment_id: payment.payment_id }))
  return new WorkflowResponse(result)
})
