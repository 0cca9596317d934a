/**
 * Orders and people for the in-store returns tests: the fixture shop's warehouse plus
 * two stores, a signed-in shopper, paid-and-delivered orders, and staff of one store.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  createPromotionsWorkflow,
  createStockLocationsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureReturnReasonsWorkflow } from "@fairmade/in-store-returns/workflows"
import { signInAsNewAdmin } from "./auth"
import { signInAsStaff as signInAsStoreStaff } from "./staff"
import { prepareForCompletion, type Api } from "./checkout"
import { createShop, type Shop } from "./fixtures"

export type Stores = { warehouseId: string; lyonId: string; parisId: string }

/** Marks the shop's location as the warehouse and adds two stores, as the seed does. */
export async function createStores(container: MedusaContainer, shop: Shop): Promise<Stores> {
  await container.resolve(Modules.STOCK_LOCATION).updateStockLocations({ id: shop.locationId }, { metadata: { kind: "warehouse" } })
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        { name: "Lyon Part-Dieu", metadata: { kind: "store" }, address: { address_1: "17 rue du Docteur Bouchut", city: "Lyon", postal_code: "69003", country_code: "fr" } },
        { name: "Paris Le Marais", metadata: { kind: "store" }, address: { address_1: "8 rue des Francs-Bourgeois", city: "Paris", postal_code: "75004", country_code: "fr" } },
      ],
    },
  })
  return { warehouseId: shop.locationId, lyonId: result[0].id, parisId: result[1].id }
}

export type ReturnsShop = {
  shop: Shop
  stores: Stores
  shopper: Shop
  lyonStaff: { headers: Record<string, string> }
  parisStaff: { headers: Record<string, string> }
}

/** The fixture shop with its warehouse and two stores, the return reasons, a signed-in shopper, and staff of Lyon and of Paris. */
export async function createReturnsShop(api: Api, container: MedusaContainer): Promise<ReturnsShop> {
  const shop = await createShop(container)
  const stores = await createStores(container, shop)
  await ensureReturnReasonsWorkflow(container).run()
  return {
    shop,
    stores,
    shopper: await signInAsShopper(api, shop, "camille@fairmade.test"),
    lyonStaff: await signInAsStaff(api, container, "lyon@fairmade.test", [stores.lyonId]),
    parisStaff: await signInAsStaff(api, container, "paris@fairmade.test", [stores.parisId]),
  }
}

/** A registered shopper; the returned shop's headers carry their bearer token next to the publishable key. */
export async function signInAsShopper(api: Api, shop: Shop, email: string): Promise<Shop> {
  const password = "correct-horse-battery"
  const registered = await api.post("/auth/customer/emailpass/register", { email, password })
  const withToken = (token: string) => ({ headers: { ...shop.store.headers, authorization: `Bearer ${token}` } })
  await api.post("/store/customers", { email, first_name: "Camille", last_name: "Martin" }, withToken(registered.data.token))
  const signedIn = await api.post("/auth/customer/emailpass", { email, password })
  return { ...shop, store: withToken(signedIn.data.token) }
}

/**
 * A member of store staff working at the given stores (created by an admin, signed in as
 * the `staff` actor); without stores, an admin user: the back office, who sees every store.
 */
export async function signInAsStaff(api: Api, container: MedusaContainer, email: string, storeLocationIds?: string[]) {
  return storeLocationIds ? signInAsStoreStaff(api, container, email, storeLocationIds) : signInAsNewAdmin(api, container, email)
}

export async function createOrderPromotion(container: MedusaContainer, code: string, percent: number) {
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        { code, type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", allocation: "across", value: percent } },
      ],
    },
  })
}

type OrderOptions = { promoCode?: string | string[]; capture?: boolean; deliveredDaysAgo?: number }

/**
 * A shopper's order through the Store API (system payment provider), then as the shop
 * would: payment captured, everything shipped from the warehouse and delivered.
 */
export async function placeDeliveredOrder(
  api: Api,
  container: MedusaContainer,
  shopper: Shop,
  items: { variant_id: string; quantity: number }[],
  { promoCode, capture = true, deliveredDaysAgo = 0 }: OrderOptions = {},
) {
  const { data: created } = await api.post("/store/carts", { region_id: shopper.regionId }, shopper.store)
  const cartId = created.cart.id
  for (const item of items) await api.post(`/store/carts/${cartId}/line-items`, item, shopper.store)
  if (promoCode) await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [promoCode].flat() }, shopper.store)
  const { data: me } = await api.get("/store/customers/me", shopper.store)
  await prepareForCompletion(api, shopper, cartId, me.customer.email)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, shopper.store)
  if (completed.type !== "order") throw new Error(`No order: ${JSON.stringify(completed)}`)
  const order = completed.order

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (capture) {
    const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
    const paymentId = (data[0] as any).payment_collections[0].payments[0].id
    await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
  }
  await deliverOrder(container, order.id, order.items, deliveredDaysAgo)
  return order as { id: string; display_id: number; email: string; items: { id: string; variant_id: string; quantity: number }[] }
}

async function deliverOrder(container: MedusaContainer, orderId: string, items: { id: string; quantity: number }[], daysAgo: number) {
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: orderId, items: items.map((item) => ({ id: item.id, quantity: item.quantity })) },
  })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId, fulfillmentId: fulfillment.id } })
  if (daysAgo > 0) {
    const deliveredAt = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000)
    await container.resolve(Modules.FULFILLMENT).updateFulfillment(fulfillment.id, { delivered_at: deliveredAt })
  }
}

/** Stocked units of an inventory item at a location; 0 when the location has no level for it. */
export async function stockedAt(container: MedusaContainer, inventoryItemId: string, locationId: string) {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
  return level ? Number(level.stocked_quantity) : 0
}

/** Sum of the refunds made on an order's payments. */
export async function refundedOnOrder(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  const refunds = (data[0] as any).payment_collections.flatMap((collection: any) => collection.payments.flatMap((payment: any) => payment.refunds ?? []))
  return refunds.reduce((sum: number, refund: any) => sum + Number(refund.amount), 0)
}

/** The notifications sent about a resource, waiting up to `timeoutMs` for at least one (subscribers run after the response). */
export async function notificationsAbout(container: MedusaContainer, resourceId: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await container.resolve(Modules.NOTIFICATION).listNotifications({ resource_id: resourceId })
    if (found.length || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
