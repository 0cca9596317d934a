import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { orderPayments } from "../../lib/order-payments"

export const refundOrderSurplusStepId = "refund-order-surplus"

/**
 * After an edit made the order cheaper than what was captured, refunds the
 * difference (Medusa's `summary.pending_difference` below zero) to the original
 * payment. Money sent back cannot be taken back: no compensation, and
 * workflows run this last before notifying.
 */
export const refundOrderSurplusStep = createStep(
  refundOrderSurplusStepId,
  async ({ order_id, actor_id }: { order_id: string; actor_id: string }, { container }) => {
    const { pendingDifference, payments } = await orderPayments(container, order_id)
    let surplus = MathBN.mult(pendingDifference, -1)
    const refunded: { payment_id: string; amount: string }[] = []
    for (const payment of payments) {
      const refundable = MathBN.sub(payment.captured, payment.refunded)
      if (MathBN.lte(surplus, 0) || MathBN.lte(refundable, 0)) {
        continue
      }
      const amount = MathBN.min(surplus, refundable)
      await refundPaymentWorkflow(container).run({ input: { payment_id: payment.id, amount, created_by: actor_id } })
      refunded.push({ payment_id: payment.id, amount: amount.toString() })
      surplus = MathBN.sub(surplus, amount)
    }
    return new StepResponse({ refunded })
  },
)
