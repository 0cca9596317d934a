import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ReceivedOrder = {
  order: { id: string; display_id: number; email: string | null; customer_id: string | null; author_name: string }
  /** When and how the goods reached the shopper; null while they have not. */
  received: { at: Date; by: "delivery" | "collection" } | null
  products: { product_id: string; title: string; thumbnail: string | null }[]
}

/** "Inès M." from the order's address: never the e-mail. */
export function authorNameOf(address: { first_name?: string | null; last_name?: string | null } | null | undefined): string {
  const first = address?.first_name?.trim()
  const initial = address?.last_name?.trim()?.[0]
  if (!first) return "A customer"
  return initial ? `${first} ${initial.toUpperCase()}.` : first
}

/**
 * Whether the order's goods reached the shopper, and which products: a pickup the
 * store handed over (click-and-collect's `pickup_order.status = "collected"`), or a
 * fulfillment marked delivered and not cancelled. A cancelled order has none.
 */
export async function receivedProductsOf(container: MedusaContainer, orderId: string): Promise<ReceivedOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "status",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "items.id",
      "items.product_id",
      "items.product_title",
      "items.thumbnail",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.items.line_item_id",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order) return null

  let collectedAt: Date | null = null
  try {
    const { data: pickups } = await query.graph({ entity: "pickup_order", fields: ["status", "collected_at"], filters: { order_id: orderId } })
    const pickup = pickups[0] as any
    if (pickup?.status === "collected" && pickup.collected_at) collectedAt = new Date(pickup.collected_at)
  } catch {
    // Without the click-and-collect plugin there are no pickups.
  }
  const delivered = ((order.fulfillments ?? []) as any[]).filter((fulfillment) => fulfillment?.delivered_at && !fulfillment.canceled_at)

  let received: ReceivedOrder["received"] = null
  let lineIds: Set<string> | null = null
  if (order.status !== "canceled") {
    if (collectedAt) {
      received = { at: collectedAt, by: "collection" }
    } else if (delivered.length > 0) {
      const first = Math.min(...delivered.map((fulfillment) => new Date(fulfillment.delivered_at).getTime()))
      received = { at: new Date(first), by: "delivery" }
      lineIds = new Set(delivered.flatMap((fulfillment) => (fulfillment.items ?? []).map((item: any) => item.line_item_id)))
    }
  }

  const products = new Map<string, ReceivedOrder["products"][number]>()
  for (const item of (order.items ?? []) as any[]) {
    if (!item?.product_id || products.has(item.product_id)) continue
    if (lineIds && !lineIds.has(item.id)) continue
    products.set(item.product_id, { product_id: item.product_id, title: item.product_title, thumbnail: item.thumbnail ?? null })
  }
  return {
    order: {
      id: order.id,
      display_id: order.display_id,
      email: order.email ?? null,
      customer_id: order.customer_id ?? null,
      author_name: authorNameOf(order.shipping_address),
    },
    received,
    products: [...products.values()],
  }
}
