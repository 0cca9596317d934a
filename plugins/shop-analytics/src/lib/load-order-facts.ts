/**
 * Reads what the read model needs of some orders from Medusa (one query per
 * kind of data, for any number of orders) and turns each into its fact set.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ChannelContext, type LoadedOrder, type OrderFactSet, type PromotionInfo, toOrderFactSet } from "./order-fact"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "region_id",
  "customer_id",
  "email",
  "created_at",
  "status",
  "is_draft_order",
  "canceled_at",
  "metadata",
  "total",
  "tax_total",
  "discount_total",
  "shipping_address.country_code",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.variant_sku",
  "items.title",
  "items.quantity",
  "items.total",
  "items.tax_total",
  // Order item quantities (ordered, received back) live on the item's "detail".
  "items.detail.quantity",
  "items.detail.return_received_quantity",
  "items.adjustments.promotion_id",
  "items.adjustments.code",
  "items.adjustments.amount",
  "shipping_methods.shipping_option_id",
  "shipping_methods.adjustments.promotion_id",
  "shipping_methods.adjustments.code",
  "shipping_methods.adjustments.amount",
  "payment_collections.payments.refunds.amount",
]

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

export async function loadOrderFactSets(container: MedusaContainer, orderIds: string[]): Promise<OrderFactSet[]> {
  if (orderIds.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })
  // A draft order is not a sale (yet): it gets its fact when it is converted and placed.
  const typed = (orders as (LoadedOrder & { is_draft_order?: boolean | null })[]).filter((order) => !order.is_draft_order && order.status !== "draft")
  const [pickupStores, pickupStatuses, promotions] = await Promise.all([
    pickupStoresOf(query, typed),
    pickupStatusesOf(query, orderIds),
    promotionsOf(query, typed),
  ])
  return typed.map((order) => {
    const context: ChannelContext = {
      pickup_location_id: pickupStatuses.get(order.id)?.location_id ?? pickupStores.get(order.id) ?? null,
      pickup_status: pickupStatuses.get(order.id)?.status ?? null,
    }
    return toOrderFactSet(order, context, promotions)
  })
}

/** The store of each click-and-collect order: the location of its shipping option's "pickup" fulfillment set. */
async function pickupStoresOf(query: Query, orders: LoadedOrder[]): Promise<Map<string, string>> {
  const optionOfOrder = new Map<string, string[]>()
  for (const order of orders) {
    const ids = (order.shipping_methods ?? []).flatMap((method) => (method?.shipping_option_id ? [method.shipping_option_id] : []))
    if (ids.length > 0) optionOfOrder.set(order.id, ids)
  }
  const optionIds = [...new Set([...optionOfOrder.values()].flat())]
  if (optionIds.length === 0) return new Map()
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    filters: { id: optionIds },
  })
  const storeOfOption = new Map<string, string>()
  for (const option of options) {
    const set = option.service_zone?.fulfillment_set
    if (set?.type === "pickup" && set.location?.id) storeOfOption.set(option.id, set.location.id)
  }
  const stores = new Map<string, string>()
  for (const [orderId, ids] of optionOfOrder) {
    const store = ids.map((id) => storeOfOption.get(id)).find(Boolean)
    if (store) stores.set(orderId, store)
  }
  return stores
}

/** The click-and-collect plugin's pickup of each order (status, store), when that plugin is installed. */
async function pickupStatusesOf(query: Query, orderIds: string[]): Promise<Map<string, { status: string; location_id: string }>> {
  try {
    const { data } = await query.graph({ entity: "pickup_order", fields: ["order_id", "status", "location_id"], filters: { order_id: orderIds } })
    return new Map(data.map((pickup) => [pickup.order_id, { status: pickup.status, location_id: pickup.location_id }]))
  } catch {
    return new Map() // no click-and-collect plugin: channel comes from the shipping option alone
  }
}

async function promotionsOf(query: Query, orders: LoadedOrder[]): Promise<Map<string, PromotionInfo>> {
  const ids = new Set<string>()
  for (const order of orders) {
    for (const item of order.items ?? []) for (const adjustment of item?.adjustments ?? []) if (adjustment?.promotion_id) ids.add(adjustment.promotion_id)
    for (const method of order.shipping_methods ?? []) for (const adjustment of method?.adjustments ?? []) if (adjustment?.promotion_id) ids.add(adjustment.promotion_id)
  }
  if (ids.size === 0) return new Map()
  const { data } = await query.graph({ entity: "promotion", fields: ["id", "code", "is_automatic"], filters: { id: [...ids] }, withDeleted: true })
  return new Map(data.map((promotion) => [promotion.id, { id: promotion.id, code: promotion.code ?? null, is_automatic: Boolean(promotion.is_automatic) }]))
}
