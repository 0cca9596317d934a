import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { formatAmount } from "@fairmade/shop-core/lib/money"
import { orderBalance } from "@fairmade/shop-core/lib/order-payments"
import { pickupSettingsOf } from "../../../lib/store-settings"
import { pickListOf } from "./pick-list"
import { isOverdue, PICKUP_FIELDS } from "./queue"

const DETAIL_FIELDS = [
  ...PICKUP_FIELDS,
  "order_id",
  "pending_action",
  "pending_since",
  "events.*",
  "stock_location.id",
  "stock_location.name",
  "stock_location.metadata",
  "stock_location.address.country_code",
]

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "status",
  "created_at",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  // Order item quantities live on the item's "detail" (order_item), not on the line item.
  "items.detail.quantity",
]

/** Amounts as decimal strings rounded to the currency's minor unit: what the till shows. */
export type PickupPayment = {
  currency_code: string
  total: string
  paid: string
  /** What an authorisation may still bring in at hand-over. */
  capturable: string
  /** What the collector must pay at the till before the hand-over ("0.00" when nothing). */
  to_take_at_till: string
}

export async function pickupPayment(container: MedusaContainer, orderId: string): Promise<PickupPayment> {
  const balance = await orderBalance(container, orderId)
  const money = (value: Parameters<typeof formatAmount>[0]) => formatAmount(value, balance.currency_code)
  return {
    currency_code: balance.currency_code,
    total: money(balance.total),
    paid: money(balance.paid),
    capturable: money(balance.capturable),
    to_take_at_till: money(balance.uncovered),
  }
}

/** A pickup as staff and the order page widget see it: never its code. */
export async function pickupDetail(container: MedusaContainer, filters: { id?: string; order_id?: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "pickup_order", fields: DETAIL_FIELDS, filters })
  const pickup = data[0]
  if (!pickup) {
    return null
  }
  // The order on its own, not through the link: line item quantities come back null through it.
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: pickup.order_id } })
  const { stock_location, events, ...rest } = pickup
  const { items, ...orderSummary } = orders[0] ?? {}
  return {
    ...rest,
    overdue: isOverdue(pickup),
    order: orderSummary,
    store: stock_location
      ? { id: stock_location.id, name: stock_location.name, settings: pickupSettingsOf(stock_location) }
      : null,
    pick_list: await pickListOf(container, items ?? [], pickup.location_id),
    /** A hand-over or short pick a crash interrupted (or under way): staff retry it. */
    interrupted: pickup.pending_action ?? null,
    payment: await pickupPayment(container, pickup.order_id),
    events: [...(events ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()),
  }
}
