import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isStore } from "@fairmade/shop-core/lib/stores"
import { timeZoneOf } from "@fairmade/shop-core/lib/time-zone"
import { addressLines, num, type OrderEmail } from "../../lib/order-email"

export const buildOrderConfirmationEmailStepId = "build-order-confirmation-email"

/**
 * The order confirmation: lines, totals, and where it goes (the delivery address and
 * option, or the store it is collected at, with its opening hours in its own time
 * zone). Read-only: nothing to compensate. An order without e-mail gets none.
 */
export const buildOrderConfirmationEmailStep = createStep(
  buildOrderConfirmationEmailStepId,
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "currency_code",
        "item_subtotal",
        "discount_total",
        "shipping_total",
        "tax_total",
        "total",
        "items.title",
        "items.product_title",
        "items.variant_title",
        "items.quantity",
        "items.total",
        "shipping_address.*",
        "billing_address.first_name",
        "shipping_methods.name",
        "shipping_methods.shipping_option_id",
      ],
      filters: { id: order_id },
    })
    const order = orders[0] as any
    if (!order?.email) return new StepResponse<OrderEmail[]>([])

    const optionIds = (order.shipping_methods ?? []).flatMap((method: any) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
    const { data: options } = optionIds.length
      ? await query.graph({
          entity: "shipping_option",
          fields: [
            "id",
            "service_zone.fulfillment_set.type",
            "service_zone.fulfillment_set.location.id",
            "service_zone.fulfillment_set.location.name",
            "service_zone.fulfillment_set.location.metadata",
            "service_zone.fulfillment_set.location.address.*",
          ],
          filters: { id: optionIds },
        })
      : { data: [] as any[] }
    const location = options
      .map((option: any) => option.service_zone?.fulfillment_set)
      .find((set: any) => set?.type === "pickup" && set.location && isStore(set.location))?.location

    let fulfilment: Record<string, unknown>
    if (location) {
      // The store's settings as click-and-collect keeps them, in the location's metadata.
      const metadata = (location.metadata ?? {}) as Record<string, unknown>
      fulfilment = {
        method: "collection",
        store: {
          name: location.name,
          address: location.address ?? null,
          opening_hours: metadata.opening_hours ?? null,
          time_zone: timeZoneOf(metadata.time_zone, location.address?.country_code),
          instructions: typeof metadata.pickup_instructions === "string" ? metadata.pickup_instructions : null,
        },
      }
    } else {
      fulfilment = { method: "delivery", option_name: order.shipping_methods?.[0]?.name ?? null, address_lines: addressLines(order.shipping_address) }
    }

    return new StepResponse<OrderEmail[]>([
      {
        to: order.email,
        channel: "email",
        template: "order-confirmation",
        trigger_type: "order.placed",
        resource_id: order.id,
        resource_type: "order",
        // One confirmation per order, even when the event is delivered twice.
        idempotency_key: `order-confirmation:${order.id}`,
        data: {
          order_id: order.id,
          order_display_id: order.display_id,
          customer_first_name: order.shipping_address?.first_name ?? order.billing_address?.first_name ?? null,
          currency_code: order.currency_code,
          items: (order.items ?? []).map((item: any) => ({
            title: item.product_title ?? item.title,
            variant_title: item.variant_title ?? null,
            quantity: num(item.quantity),
            total: num(item.total),
          })),
          totals: {
            item_subtotal: num(order.item_subtotal),
            discount: num(order.discount_total),
            shipping: num(order.shipping_total),
            tax: num(order.tax_total),
            total: num(order.total),
          },
          fulfilment,
        },
      },
    ])
  },
)
