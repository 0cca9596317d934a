import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { orderPayments } from "../../lib/order-payments"

export const captureOrderPaymentStepId = "capture-order-payment"

/**
 * Goods leave the store only once they are paid for: an authorised payment not yet
 * captured (the system provider, or Stripe with manual capture) is captured for what
 * the order costs now. A refused capture stops the workflow with a message for the
 * till. Compensation refunds what this step captured, should a later step fail.
 */
export const captureOrderPaymentStep = createStep(
  captureOrderPaymentStepId,
  async ({ order_id, actor_id }: { order_id: string; actor_id: string }, { container }) => {
    const { total, payments } = await orderPayments(container, order_id)
    let due = MathBN.sub(total, payments.reduce((sum, payment) => MathBN.add(sum, payment.captured), MathBN.convert(0)))
    const captured: { payment_id: string; amount: string }[] = []
    for (const payment of payments) {
      if (!payment.open || MathBN.lte(due, 0)) {
        continue
      }
      const amount = MathBN.min(due, MathBN.sub(payment.amount, payment.captured))
      try {
        await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id, captured_by: actor_id, amount } })
      } catch (error) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The payment could not be taken (${(error as Error).message}); do not hand the order over: contact the customer.`,
        )
      }
      captured.push({ payment_id: payment.id, amount: amount.toString() })
      due = MathBN.sub(due, amount)
    }
    return new StepResponse({ captured }, captured)
  },
  async (captured, { container }) => {
    for (const { payment_id, amount } of captured ?? []) {
      await refundPaymentWorkflow(container).run({ input: { payment_id, amount } })
    }
  },
)
