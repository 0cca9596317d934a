import { MathBN, MedusaError, defaultCurrencies } from "@medusajs/framework/utils"
import type { OrderForReturns } from "./order-for-returns"
import type { ReceiptLine } from "./receive-plan"

type Amount = ReturnType<typeof MathBN.convert>

/** A variant a returned unit can be exchanged for, as seen from one store (price in the order's region and currency). */
export type ExchangeVariant = {
  id: string
  product_id: string
  product_title: string | null
  title: string | null
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  // The variant's current price in the order's currency and region; null when it has none.
  price: string | null
  // Units that can be handed over at the store now (stocked − reserved there); null when stock is not managed.
  available_quantity: number | null
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
}

/** One new item handed over at the counter, priced as the exchange rule says. */
export type ExchangeNewItem = { variant_id: string; quantity: number; unit_price: number; charge: string; item_id: string }

export type ExchangePlan = {
  lines: ReceiptLine[]
  new_items: ExchangeNewItem[]
  refund_due: string
}

// bignumber.js rounding mode 0 (ROUND_UP): away from zero, so what the shopper gets back is never rounded up.
const ROUND_UP = 0
const decimalDigits = (currencyCode: string) => defaultCurrencies[currencyCode.toUpperCase()]?.decimal_digits ?? 2
const money = (amount: Amount | string, currencyCode: string) => `${MathBN.convert(amount).toString()} ${currencyCode.toUpperCase()}`
const variantName = (variant: ExchangeVariant, productTitle: string) =>
  `${variant.product_title ?? productTitle}${variant.title ? ` — ${variant.title}` : ""}`

/**
 * The exchange rule at the counter. A unit brought back may be swapped for another
 * variant of the same product taken from this store's shelf:
 *
 * - only a unit that a refund would pay back can be exchanged (a damaged unit returned
 *   for a reason the shop is not at fault for is written off, without credit);
 * - the new variant's current price must not exceed the returned line's unit price;
 *   a dearer variant is refused (refund, then sell it at the till);
 * - the new unit costs what the shopper paid for the returned one (promotions and taxes
 *   included) scaled by the ratio of the two prices, rounded up to the currency's
 *   smallest unit: at the same price no money moves; a cheaper variant refunds the
 *   difference to the original payment;
 * - the store must have the units in stock (stocked minus reserved there);
 * - the return must not be partly received yet (the exchange takes the booked return over).
 */
export function planExchange(
  order: OrderForReturns,
  receiptLines: ReceiptLine[],
  variants: ExchangeVariant[],
  returnStatus: string,
): ExchangePlan {
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  const digits = decimalDigits(order.currency_code)
  const wanted = new Map<string, number>()
  const new_items: ExchangeNewItem[] = []
  let refundDue = MathBN.convert(0)

  const lines = receiptLines.map((line) => {
    const variantId = line.exchange_for_variant_id
    if (!variantId) {
      refundDue = MathBN.add(refundDue, line.refund_amount)
      return line
    }
    const orderItem = order.items.find((item) => item.id === line.item_id)!
    if (!line.refunded) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `A damaged "${line.title}" returned for "${line.reason_code ?? "no reason"}" is written off without credit, so it cannot be exchanged.`,
      )
    }
    const variant = byId.get(variantId)
    if (!variant || variant.product_id !== orderItem.product_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${line.title}" can only be exchanged for another variant of the same product.`)
    }
    const name = `"${variantName(variant, line.title)}"`
    if (variant.price === null) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${name} has no price in ${order.currency_code.toUpperCase()}, so it cannot be handed over.`)
    }
    const paidPrice = MathBN.convert(orderItem.raw_unit_price ?? orderItem.unit_price ?? 0)
    if (MathBN.gt(variant.price, paidPrice)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} costs ${money(variant.price, order.currency_code)}, more than the ${money(paidPrice, order.currency_code)} of "${line.title}". ` +
          "The counter exchanges for the same price or less: refund this item and sell the other at the till.",
      )
    }
    wanted.set(variant.id, (wanted.get(variant.id) ?? 0) + line.quantity)
    const credit = MathBN.convert(line.refund_amount)
    const charge = MathBN.eq(variant.price, paidPrice)
      ? credit
      : MathBN.min(credit, MathBN.div(MathBN.mult(credit, variant.price), paidPrice).decimalPlaces(digits, ROUND_UP))
    const refund = MathBN.sub(credit, charge)
    refundDue = MathBN.add(refundDue, refund)
    new_items.push({
      variant_id: variant.id,
      quantity: line.quantity,
      unit_price: MathBN.div(charge, line.quantity).toNumber(),
      charge: charge.toString(),
      item_id: line.item_id,
    })
    return {
      ...line,
      refund_amount: refund.toString(),
      exchanged_for: { variant_id: variant.id, title: variantName(variant, line.title), sku: variant.sku, charge: charge.toString() },
    }
  })

  if (new_items.length && returnStatus !== "requested") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Part of this return was already received: exchanges are taken at its first counter visit. Refund these items and sell the others at the till.",
    )
  }
  for (const [variantId, quantity] of wanted) {
    const variant = byId.get(variantId)!
    if (variant.available_quantity !== null && !variant.allow_backorder && variant.available_quantity < quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only ${variant.available_quantity} unit(s) of "${variantName(variant, "")}" are in stock at this store; ${quantity} needed for the exchange.`,
      )
    }
  }
  return { lines, new_items, refund_due: refundDue.toString() }
}
