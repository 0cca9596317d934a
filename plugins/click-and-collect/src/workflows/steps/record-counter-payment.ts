import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import {
  createOrderPaymentCollectionWorkflow,
  markPaymentCollectionAsPaid,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { orderBalance } from "@fairmade/shop-core/lib/order-payments"
import type { CounterPaymentPlan } from "./plan-counter-payment"

export const recordCounterPaymentStepId = "record-counter-payment"

/**
 * Records the money taken at the till as a Medusa payment on the order, the way
 * the admin's "mark as paid" does: a payment collection for what is due
 * (reusing an unpaid one of that amount, e.g. left by an interrupted run),
 * paid through the system provider and captured at once. Compensation refunds
 * it, should recording the pickup's event fail after.
 */
export const recordCounterPaymentStep = createStep(
  recordCounterPaymentStepId,
  async ({ plan, actor_id }: { plan: CounterPaymentPlan; actor_id: string }, { container }) => {
    const balance = await orderBalance(container, plan.order_id)
    let collection = balance.payment_collections.find(
      (candidate) => candidate.status === "not_paid" && MathBN.eq(candidate.amount, plan.due),
    )
    if (!collection) {
      const { result } = await createOrderPaymentCollectionWorkflow(container).run({
        input: { order_id: plan.order_id, amount: Number(plan.due) },
      })
      collection = { id: result[0].id, status: "not_paid", amount: MathBN.convert(plan.due) }
      crashPoint("pickup.counter-payment.after-collection")
    }
    const { result: payment } = await markPaymentCollectionAsPaid(container).run({
      input: { order_id: plan.order_id, payment_collection_id: collection.id, captured_by: actor_id },
    })
    crashPoint("pickup.counter-payment.after-capture")
    const paymentId = payment!.id
    return new StepResponse({ payment_id: paymentId, payment_collection_id: collection.id }, { payment_id: paymentId, amount: plan.due })
  },
  async (taken, { container }) => {
    if (!taken) return
    await refundPaymentWorkflow(container).run({ input: { payment_id: taken.payment_id, amount: taken.amount, note: "Counter payment undone" } })
  },
)
