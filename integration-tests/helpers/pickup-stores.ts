/**
 * Click-and-collect on top of fixtures.ts's shop: stores (stock locations with
 * `metadata.kind = "store"`) each with a "pickup" fulfillment set and a free
 * "Collect in store" option, store staff, and orders placed through the Store
 * API with a store's collection option.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { type Api, SHIPPING_ADDRESS } from "./checkout"
import type { Shop } from "./fixtures"

export type PickupStore = { locationId: string; shippingOptionId: string; name: string }

export const STORE_LEAD_TIME_HOURS = 2
export const SHIP_TO_STORE_LEAD_TIME_HOURS = 48
export const HOLD_PERIOD_DAYS = 7

/** fixtures.ts's location becomes the warehouse that ships to stores. */
export async function markWarehouse(container: MedusaContainer, shop: Shop) {
  await updateStockLocationsWorkflow(container).run({
    input: { selector: { id: shop.locationId }, update: { metadata: { kind: "warehouse", handle: "warehouse" } } },
  })
}

export async function createPickupStore(container: MedusaContainer, shop: Shop, name: string): Promise<PickupStore> {
  const handle = name.toLowerCase().replace(/\W+/g, "-")
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name,
          address: { address_1: "1 place du Test", city: "Lyon", country_code: "fr" },
          metadata: {
            kind: "store",
            handle,
            opening_hours: { mon: "10:00–19:00", tue: "10:00–19:00", wed: "10:00–19:00", thu: "10:00–19:00", fri: "10:00–19:00", sat: "10:00–19:00", sun: "closed" },
            pickup_instructions: `Ask at the till of ${name}.`,
            pickup_lead_time_hours: STORE_LEAD_TIME_HOURS,
            ship_to_store_lead_time_hours: SHIP_TO_STORE_LEAD_TIME_HOURS,
            hold_period_days: HOLD_PERIOD_DAYS,
          },
        },
      ],
    },
  })
  const locationId = result[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [shop.salesChannelId] } })
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })
  const setName = `${name} pickup`
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: locationId, fulfillment_set_data: { name: setName, type: "pickup" } },
  })
  const [set] = await container.resolve(Modules.FULFILLMENT).listFulfillmentSets({ name: setName })
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: { data: [{ name: `${name} collection`, fulfillment_set_id: set.id, geo_zones: [{ type: "country", country_code: "fr" }] }] },
  })
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `Collect in store — ${name}`,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zones[0].id,
        shipping_profile_id: shop.shippingProfileId,
        type: { label: "Click & collect", code: "pickup", description: `Collect at ${name}` },
        prices: [{ currency_code: "eur", amount: 0 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { locationId, shippingOptionId: options[0].id, name }
}

export async function stockAt(container: MedusaContainer, inventoryItemId: string, locationId: string, stocked: number) {
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: stocked }] },
  })
}

/** A guest order through the Store API, collected at `optionId`'s store (or delivered, with the shop's option). */
export async function placeOrder(
  api: Api,
  shop: Shop,
  optionId: string,
  items: { variant_id: string; quantity: number }[],
  email = "collector@fairmade.test",
): Promise<{ id: string; display_id: number }> {
  const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
  const cartId = data.cart.id
  for (const item of items) {
    await api.post(`/store/carts/${cartId}/line-items`, item, shop.store)
  }
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS }, shop.store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, shop.store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    shop.store,
  )
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
  if (completed.type !== "order") throw new Error(`The cart did not become an order: ${JSON.stringify(completed)}`)
  return completed.order
}

/** A member of store staff working at `locationIds`, created by an admin and signed in. */
export { signInAsStaff } from "./staff"

/** The pickup the `order.placed` subscriber opens, once it has run. */
export async function pickupOfOrder(container: MedusaContainer, orderId: string, timeoutMs = 15_000) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const { data } = await query.graph({ entity: "pickup_order", fields: ["*"], filters: { order_id: orderId } })
    if (data[0]) return data[0]
    if (Date.now() > deadline) throw new Error(`No pickup was opened for order ${orderId}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export async function reservationsOf(container: MedusaContainer, orderId: string) {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
  const lineItemIds = data[0].items.map((item: any) => item.id)
  return container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineItemIds })
}

/** The last notification of `template` sent to `email`, with its data (the code, for "pickup-ready"). */
export async function lastNotification(container: MedusaContainer, email: string, template: string) {
  const notifications = await container
    .resolve(Modules.NOTIFICATION)
    .listNotifications({ to: email, template }, { order: { created_at: "DESC" }, take: 1 })
  return notifications[0] ?? null
}
