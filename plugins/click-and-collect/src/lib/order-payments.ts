/**
 * An order's payments with what was captured and refunded of each, and the order's
 * total and pending difference: what the capture and refund steps decide on.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"

type Amounts = ({ amount: unknown } | null)[] | null | undefined
type PaymentRow = {
  id: string
  amount: unknown
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  captures?: Amounts
  refunds?: Amounts
} | null

type Amount = ReturnType<typeof MathBN.convert>
export type OrderPayment = { id: string; amount: Amount; open: boolean; captured: Amount; refunded: Amount }

const sum = (rows: Amounts) => (rows ?? []).reduce((total, row) => MathBN.add(total, (row?.amount ?? 0) as number), MathBN.convert(0))

export async function orderPayments(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "total",
      "summary.*",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const payments: OrderPayment[] = (data[0]?.payment_collections ?? [])
    .flatMap((collection: { payments?: PaymentRow[] | null } | null) => collection?.payments ?? [])
    .flatMap((payment: PaymentRow): OrderPayment[] =>
      payment
        ? [
            {
              id: payment.id,
              amount: MathBN.convert(payment.amount as number),
              open: !payment.captured_at && !payment.canceled_at,
              captured: sum(payment.captures),
              refunded: sum(payment.refunds),
            },
          ]
        : [],
    )
  return {
    total: MathBN.convert(data[0]?.total ?? 0),
    pendingDifference: MathBN.convert(data[0]?.summary?.pending_difference ?? 0),
    payments,
  }
}
