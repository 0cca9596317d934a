import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addressLines, num, type OrderEmail } from "../../lib/order-email"

export const buildShipmentEmailStepId = "build-shipment-email"

/** "Your order is on its way", with the tracking numbers of the shipped fulfillment. Read-only. */
export const buildShipmentEmailStep = createStep(
  buildShipmentEmailStepId,
  async ({ fulfillment_id }: { fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "shipping_address.*",
        "fulfillments.id",
        "fulfillments.labels.tracking_number",
        "fulfillments.labels.tracking_url",
        "fulfillments.items.title",
        "fulfillments.items.quantity",
      ],
      filters: { fulfillments: { id: fulfillment_id } } as any,
    })
    const order = orders[0] as any
    const fulfillment = order?.fulfillments?.find((candidate: any) => candidate?.id === fulfillment_id)
    if (!order?.email || !fulfillment) return new StepResponse<OrderEmail[]>([])
    return new StepResponse<OrderEmail[]>([
      {
        to: order.email,
        channel: "email",
        template: "order-shipped",
        trigger_type: "shipment.created",
        resource_id: fulfillment_id,
        resource_type: "fulfillment",
        idempotency_key: `order-shipped:${fulfillment_id}`,
        data: {
          order_id: order.id,
          order_display_id: order.display_id,
          customer_first_name: order.shipping_address?.first_name ?? null,
          items: (fulfillment.items ?? []).map((item: any) => ({ title: item.title, quantity: num(item.quantity) })),
          tracking: (fulfillment.labels ?? [])
            .filter((label: any) => label?.tracking_number)
            .map((label: any) => ({ number: label.tracking_number, url: /^https?:\/\//.test(label.tracking_url ?? "") ? label.tracking_url : null })),
          address_lines: addressLines(order.shipping_address),
        },
      },
    ])
  },
)
