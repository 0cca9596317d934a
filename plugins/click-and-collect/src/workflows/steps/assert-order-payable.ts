import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { formatAmount } from "@fairmade/shop-core/lib/money"
import { orderBalance } from "@fairmade/shop-core/lib/order-payments"

export const assertOrderPayableStepId = "assert-order-payable"

/**
 * Goods leave the store only when the order is paid for: what the customer owes
 * must be captured already or capturable from an authorisation. Otherwise the
 * hand-over stops before anything changes, telling the till what to take
 * (a converted draft order, a payment that was cancelled or fell short).
 */
export const assertOrderPayableStep = createStep(
  assertOrderPayableStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const balance = await orderBalance(container, order_id)
    if (MathBN.gt(balance.uncovered, 0)) {
      const due = `${formatAmount(balance.uncovered, balance.currency_code)} ${balance.currency_code.toUpperCase()}`
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Not paid: ${due} to take at the till. Record the counter payment, then hand the order over.`,
      )
    }
    return new StepResponse({ owed: balance.owed.toString(), capturable: balance.capturable.toString() })
  },
)
