import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { formatAmount, roundToMinorUnit } from "@fairmade/shop-core/lib/money"
import type { TillPayment } from "../../lib/counter-sale"
import type { LoadedCounterSale } from "./load-counter-sale"

export const TILL_METHODS = ["card", "cash"] as const
export type TillMethod = (typeof TILL_METHODS)[number]

/**
 * What the till takes for the basket. Card: the terminal charged exactly the
 * total. Cash: at least the total; the rest is change. 400s say what to fix.
 */
export function planTillPayment(currency: string, total: string, method: TillMethod, tendered: string | number): TillPayment {
  const label = (value: Parameters<typeof MathBN.convert>[0]) => `${formatAmount(value, currency)} ${currency.toUpperCase()}`
  const due = roundToMinorUnit(total, currency)
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
    method,
    amount: formatAmount(due, currency),
    tendered: formatAmount(given, currency),
    change: formatAmount(MathBN.sub(given, due), currency),
  }
}

export const planTillPaymentStepId = "plan-till-payment"

/** The payment to record; a sale already completed keeps the one it recorded (the retry changes nothing). */
export const planTillPaymentStep = createStep(
  planTillPaymentStepId,
  async ({ sale, method, amount }: { sale: LoadedCounterSale; method: TillMethod; amount: string | number }) => {
    if (sale.order_id) return new StepResponse(sale.till_payment)
    if (!sale.line_count) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The basket is empty: add what the customer buys first.")
    }
    return new StepResponse(planTillPayment(sale.currency_code, sale.total, method, amount))
  },
)
