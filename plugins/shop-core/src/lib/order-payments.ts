/**
 * What an order's payments say, for every plugin that takes or gives back money
 * (click-and-collect at the till, in-store returns at the counter): per payment
 * what was authorised, captured and refunded; for the order what it costs, what
 * is still owed, what may still be captured and what may be refunded. All in
 * BigNumber; round only what is sent to a provider (`roundToMinorUnit`).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { amount, type Amount, type AmountInput, sumAmounts } from "./money"

type Rows = ({ amount?: AmountInput; raw_amount?: AmountInput; note?: string | null } | null)[] | null | undefined
type PaymentRow = {
  id: string
  amount?: AmountInput
  raw_amount?: AmountInput
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  captures?: Rows
  refunds?: Rows
} | null
type CollectionRow = { id: string; status?: string | null; amount?: AmountInput; raw_amount?: AmountInput; payments?: PaymentRow[] | null } | null

export type OrderPayment = {
  id: string
  payment_collection_id: string
  amount: Amount
  /** Authorised and neither fully captured nor cancelled: more of it may be captured. */
  open: boolean
  captured: Amount
  refunded: Amount
  /** Notes of its refunds: workflows mark theirs so a retry recognises a refund already made. */
  refund_notes: string[]
}

export type OrderPaymentCollection = { id: string; status: string; amount: Amount }

export type OrderBalance = {
  order_id: string
  currency_code: string
  total: Amount
  /** Captured minus refunded: the money the shop holds for this order. */
  paid: Amount
  /** What open authorisations may still bring in. */
  capturable: Amount
  /** Total minus paid, never below zero: what the customer still has to pay. */
  owed: Amount
  /** Owed minus capturable, never below zero: what must be taken from the customer now (at the till). */
  uncovered: Amount
  /** Paid minus total, never below zero: what the shop holds beyond the order's price. */
  surplus: Amount
  payments: OrderPayment[]
  payment_collections: OrderPaymentCollection[]
}

const rowAmount = (row: { amount?: AmountInput; raw_amount?: AmountInput } | null | undefined) => amount(row?.raw_amount ?? row?.amount)
const sumRows = (rows: Rows) => sumAmounts((rows ?? []).map((row) => (row ? rowAmount(row) : 0)))
const nonNegative = (value: Amount) => MathBN.max(value, 0)

export const ORDER_BALANCE_FIELDS = [
  "id",
  "currency_code",
  "total",
  "raw_total",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.raw_amount",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.raw_amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.raw_amount",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.raw_amount",
  "payment_collections.payments.refunds.note",
]

/** The balance of an order read as Query returns it with `ORDER_BALANCE_FIELDS`. */
export function balanceOf(order: {
  id: string
  currency_code: string
  total?: AmountInput
  raw_total?: AmountInput
  payment_collections?: CollectionRow[] | null
}): OrderBalance {
  const collections = (order.payment_collections ?? []).flatMap((collection) => (collection ? [collection] : []))
  const payments: OrderPayment[] = collections.flatMap((collection) =>
    (collection.payments ?? []).flatMap((payment): OrderPayment[] => {
      if (!payment) return []
      const paymentAmount = rowAmount(payment)
      const captured = sumRows(payment.captures)
      return [
        {
          id: payment.id,
          payment_collection_id: collection.id,
          amount: paymentAmount,
          open: !payment.canceled_at && MathBN.lt(captured, paymentAmount),
          captured,
          refunded: sumRows(payment.refunds),
          refund_notes: (payment.refunds ?? []).flatMap((refund) => (refund?.note ? [refund.note] : [])),
        },
      ]
    }),
  )
  const total = amount(order.raw_total ?? order.total)
  const paid = sumAmounts(payments.map((payment) => MathBN.sub(payment.captured, payment.refunded)))
  const capturable = sumAmounts(payments.filter((payment) => payment.open).map((payment) => MathBN.sub(payment.amount, payment.captured)))
  const owed = nonNegative(MathBN.sub(total, paid))
  return {
    order_id: order.id,
    currency_code: order.currency_code,
    total,
    paid,
    capturable,
    owed,
    uncovered: nonNegative(MathBN.sub(owed, capturable)),
    surplus: nonNegative(MathBN.sub(paid, total)),
    payments,
    payment_collections: collections.map((collection) => ({
      id: collection.id,
      status: collection.status ?? "not_paid",
      amount: rowAmount(collection),
    })),
  }
}

export async function orderBalance(container: MedusaContainer, orderId: string): Promise<OrderBalance> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_BALANCE_FIELDS,
    filters: { id: orderId },
  })
  if (!data[0]) {
    throw new Error(`Order ${orderId} was not found.`)
  }
  return balanceOf(data[0] as Parameters<typeof balanceOf>[0])
}

/** A payment's captured amount not yet refunded. */
export const refundableOf = (payment: OrderPayment) => nonNegative(MathBN.sub(payment.captured, payment.refunded))

/** What may still be captured of an open authorisation. */
export const capturableOf = (payment: OrderPayment) => (payment.open ? nonNegative(MathBN.sub(payment.amount, payment.captured)) : amount(0))

/**
 * Splits `wanted` over the payments in order, each giving at most `limit(payment)`:
 * how a capture or a refund is spread when an order has several payments.
 */
export function allocateOverPayments(payments: OrderPayment[], wanted: AmountInput, limit: (payment: OrderPayment) => Amount) {
  let left = amount(wanted)
  const parts: { payment_id: string; amount: Amount }[] = []
  for (const payment of payments) {
    if (MathBN.lte(left, 0)) break
    const part = MathBN.min(left, limit(payment))
    if (MathBN.lte(part, 0)) continue
    parts.push({ payment_id: payment.id, amount: part })
    left = MathBN.sub(left, part)
  }
  return { parts, unallocated: left }
}
