import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { roundToMinorUnit } from "@fairmade/shop-core/lib/money"
import { allocateOverPayments, orderBalance, refundableOf } from "@fairmade/shop-core/lib/order-payments"

export const refundShortPickStepId = "refund-short-pick"

/**
 * Refunds what the missing units were paid (the plan's amount, promotions
 * deducted, rounded once), never more than the shop holds beyond the order's
 * new total. Exactly once: each refund carries the plan's note, and a retry that
 * finds it (or finds nothing held beyond the total) refunds nothing.
 * Money sent back cannot be taken back: no compensation; workflows run this last
 * before the status change and the e-mail.
 */
export const refundShortPickStep = createStep(
  refundShortPickStepId,
  async ({ order_id, actor_id, amount, note }: { order_id: string; actor_id: string; amount: string; note: string }, { container }) => {
    const balance = await orderBalance(container, order_id)
    const alreadyRefunded = balance.payments.some((payment) => payment.refund_notes.includes(note))
    const wanted = roundToMinorUnit(MathBN.min(amount, balance.surplus), balance.currency_code)
    const refunded: { payment_id: string; amount: string }[] = []
    if (!alreadyRefunded && MathBN.gt(wanted, 0)) {
      const { parts } = allocateOverPayments(balance.payments, wanted, refundableOf)
      for (const part of parts) {
        await refundPaymentWorkflow(container).run({ input: { payment_id: part.payment_id, amount: part.amount, created_by: actor_id, note } })
        refunded.push({ payment_id: part.payment_id, amount: part.amount.toString() })
      }
      crashPoint("pickup.short-pick.after-refund")
    }
    return new StepResponse({ refunded })
  },
)
