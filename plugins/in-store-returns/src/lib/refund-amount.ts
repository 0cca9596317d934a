import { MathBN, MedusaError, defaultCurrencies } from "@medusajs/framework/utils"
import type { OrderItemForReturns } from "./order-for-returns"

type Amount = ReturnType<typeof MathBN.convert>

// bignumber.js rounding mode 1 (ROUND_DOWN): towards zero, so no refund is ever rounded up.
const ROUND_DOWN = 1

const decimalDigits = (currencyCode: string) => defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2

/**
 * What the shopper paid for the whole line, net of the promotions actually applied
 * and with its taxes: Medusa's per-unit net total (which `fulfilled_total` is, times
 * the fulfilled units) times the units bought. Shipping is not part of it.
 */
function paidForLine(item: OrderItemForReturns) {
  const fulfilled = MathBN.convert(item.detail?.fulfilled_quantity ?? 0)
  if (fulfilled.isZero()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Item ${item.id} was never sent, so nothing was paid for a return of it.`)
  }
  const fulfilledTotal = item.raw_fulfilled_total ?? item.fulfilled_total ?? 0
  return MathBN.div(MathBN.mult(fulfilledTotal, item.raw_quantity ?? item.quantity), fulfilled)
}

/**
 * The refund for `units` of a line when `unitsBackBefore` of its units came back in
 * earlier returns. Each return refunds its slice of the line's paid total, each end of
 * the slice rounded down to the currency's smallest unit: the refunds of a line add up
 * to at most what was paid for it, whatever the order of partial returns.
 */
export function refundForUnits(item: OrderItemForReturns, unitsBackBefore: number, units: number, currencyCode: string): Amount {
  const paid = paidForLine(item)
  const quantity = item.raw_quantity ?? item.quantity
  const digits = decimalDigits(currencyCode)
  const paidUpTo = (unitCount: number) =>
    MathBN.div(MathBN.mult(paid, unitCount), quantity).decimalPlaces(digits, ROUND_DOWN)
  return MathBN.sub(paidUpTo(unitsBackBefore + units), paidUpTo(unitsBackBefore))
}
