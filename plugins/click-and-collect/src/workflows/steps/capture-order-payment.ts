import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { roundToMinorUnit } from "@fairmade/shop-core/lib/money"
import { allocateOverPayments, capturableOf, orderBalance } from "@fairmade/shop-core/lib/order-payments"

export const captureOrderPaymentStepId = "capture-order-payment"

/**
 * Goods leave the store only once they are paid for: an authorised payment not yet
 * captured (the system provider, or Stripe with manual capture) is captured for what
 * the order still owes. What is owed is read again on every run, so a retry after a
 * crash captures nothing twice. A refused capture stops the workflow with a message
 * for the till. Compensation refunds what this run captured, should a later step fail.
 */
export const captureOrderPaymentStep = createStep(
  captureOrderPaymentStepId,
  async ({ order_id, actor_id, crash_point }: { order_id: string; actor_id: string; crash_point?: string }, { container }) => {
    const balance = await orderBalance(container, order_id)
    const due = roundToMinorUnit(balance.owed, balance.currency_code)
    const { parts } = allocateOverPayments(balance.payments, due, capturableOf)
    const captured: { payment_id: string; amount: string }[] = []
    for (const part of parts) {
      try {
        await capturePaymentWorkflow(container).run({ input: { payment_id: part.payment_id, captured_by: actor_id, amount: part.amount } })
      } catch (error) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The payment could not be taken (${(error as Error).message}); do not hand the order over: contact the customer.`,
        )
      }
      captured.push({ payment_id: part.payment_id, amount: part.amount.toString() })
    }
    if (crash_point) crashPoint(crash_point)
    return new StepResponse({ captured }, captured)
  },
  async (captured, { container }) => {
    for (const { payment_id, amount } of captured ?? []) {
      if (MathBN.gt(amount, 0)) {
        await refundPaymentWorkflow(container).run({ input: { payment_id, amount } })
      }
    }
  },
)
