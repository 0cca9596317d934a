import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { formatAmount, roundToMinorUnit } from "@fairmade/shop-core/lib/money"
import { orderBalance } from "@fairmade/shop-core/lib/order-payments"

export const COUNTER_PAYMENT_METHODS = ["card", "cash"] as const
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number]

export type CounterPaymentPlan = {
  order_id: string
  currency_code: string
  method: CounterPaymentMethod
  /** What the till takes for the order: what it owes beyond any authorisation still capturable. */
  due: string
  /** What the customer handed over (cash) or the terminal charged (card). */
  tendered: string
  /** Cash only: tendered minus due. */
  change: string
}

/**
 * What a payment at the till must be. Card: the terminal charges exactly what is
 * due. Cash: at least what is due; the rest is change. Nothing due: refused, so
 * a double tap cannot take the money twice. 400s say what to fix.
 */
export function planCounterPayment(
  balance: { order_id: string; currency_code: string; uncovered: Parameters<typeof MathBN.convert>[0] },
  method: CounterPaymentMethod,
  tendered: string | number,
): CounterPaymentPlan {
  const currency = balance.currency_code
  const label = (value: Parameters<typeof MathBN.convert>[0]) => `${formatAmount(value, currency)} ${currency.toUpperCase()}`
  const due = roundToMinorUnit(balance.uncovered, currency)
  if (MathBN.lte(due, 0)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing to take at the till: the order is paid.")
  }
  const given = MathBN.convert(tendered)
  if (!MathBN.eq(given, roundToMinorUnit(given, currency))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Amount ${given.toString()} has more decimals than ${currency.toUpperCase()} allows.`)
  }
  if (MathBN.lt(given, due)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${label(given)} is less than the ${label(due)} due.`)
  }
  if (method === "card" && MathBN.gt(given, due)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A card payment takes exactly the ${label(due)} due, not ${label(given)}.`)
  }
  return {
    order_id: balance.order_id,
    currency_code: currency,
    method,
    due: due.toString(),
    tendered: given.toString(),
    change: MathBN.sub(given, due).toString(),
  }
}

export const planCounterPaymentStepId = "plan-counter-payment"

export const planCounterPaymentStep = createStep(
  planCounterPaymentStepId,
  async ({ order_id, method, amount }: { order_id: string; method: CounterPaymentMethod; amount: string | number }, { container }) => {
    const balance = await orderBalance(container, order_id)
    return new StepResponse(planCounterPayment(balance, method, amount))
  },
)
