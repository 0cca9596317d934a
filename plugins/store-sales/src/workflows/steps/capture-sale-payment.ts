import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { roundToMinorUnit } from "@fairmade/shop-core/lib/money"
import { allocateOverPayments, capturableOf, orderBalance } from "@fairmade/shop-core/lib/order-payments"

export const captureSalePaymentStepId = "capture-sale-payment"

/**
 * The money is in the till: the authorised system payment is captured for what
 * the order owes. Read again on every run, so a retry captures nothing twice.
 * Compensation refunds what this run captured.
 */
export const captureSalePaymentStep = createStep(
  captureSalePaymentStepId,
  async ({ order_id, actor_id }: { order_id: string; actor_id: string }, { container }) => {
    const balance = await orderBalance(container, order_id)
    const due = roundToMinorUnit(balance.owed, balance.currency_code)
    const { parts } = allocateOverPayments(balance.payments, due, capturableOf)
    const captured: { payment_id: string; amount: string }[] = []
    for (const part of parts) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: part.payment_id, captured_by: actor_id, amount: part.amount } })
      captured.push({ payment_id: part.payment_id, amount: part.amount.toString() })
    }
    crashPoint("store-sale.complete.after-capture")
    return new StepResponse({ captured }, captured)
  },
  async (captured, { container }) => {
    for (const { payment_id, amount } of captured ?? []) {
      if (MathBN.gt(amount, 0)) {
        await refundPaymentWorkflow(container).run({ input: { payment_id, amount, note: "Counter sale undone" } })
      }
    }
  },
)
