import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { num, type OrderEmail } from "../../lib/order-email"

export const buildRefundEmailStepId = "build-refund-email"

/** "We refunded …" for the newest refund of a payment (refunds made from the admin). Read-only. */
export const buildRefundEmailStep = createStep(
  buildRefundEmailStepId,
  async ({ payment_id }: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "refunds.id",
        "refunds.amount",
        "refunds.note",
        "refunds.created_at",
        "refunds.refund_reason.label",
        "payment_collection.order.id",
        "payment_collection.order.display_id",
        "payment_collection.order.email",
        "payment_collection.order.shipping_address.first_name",
      ],
      filters: { id: payment_id },
    })
    const payment = payments[0] as any
    const order = payment?.payment_collection?.order
    const refund = [...(payment?.refunds ?? [])].sort((a: any, b: any) => String(b.created_at).localeCompare(String(a.created_at)))[0]
    if (!order?.email || !refund) return new StepResponse<OrderEmail[]>([])
    return new StepResponse<OrderEmail[]>([
      {
        to: order.email,
        channel: "email",
        template: "refund-issued",
        trigger_type: "payment.refunded",
        resource_id: refund.id,
        resource_type: "refund",
        idempotency_key: `refund-issued:${refund.id}`,
        data: {
          order_id: order.id,
          order_display_id: order.display_id,
          customer_first_name: order.shipping_address?.first_name ?? null,
          amount: num(refund.amount),
          currency_code: payment.currency_code,
          reason: refund.refund_reason?.label ?? null,
          note: refund.note ?? null,
        },
      },
    ])
  },
)
