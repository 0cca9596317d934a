import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { BACKEND_DIR } from "../helpers/backend"
import { answer, SHIPPING_ADDRESS } from "../helpers/checkout"
import { createProductWithVariants, createShop, stockLevel, type Shop } from "../helpers/fixtures"
import { createPickupStore, markWarehouse, signInAsStaff, type PickupStore } from "../helpers/pickup-stores"
import { staffAdmin } from "../helpers/staff"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }
type Item = { variantId: string; inventoryItemId: string; sku: string; barcode: string }

async function salesChannelOf(container: MedusaContainer, locationId: string): Promise<string> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["metadata"],
    filters: { id: locationId },
  })
  return data[0].metadata.sales_channel_id
}

async function orderOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "sales_channel_id",
      "customer_id",
      "email",
      "metadata",
      "total",
      "items.variant_id",
      "items.quantity",
      "fulfillments.location_id",
      "fulfillments.delivered_at",
      "payment_collections.status",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  return data[0] as any
}

async function ordersWithVariant(container: MedusaContainer, variantId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "items.variant_id"],
  })
  return (data as any[]).filter((order) => order.status !== "canceled" && order.items.some((item: any) => item?.variant_id === variantId))
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let paris: PickupStore
    let lyonStaff: Headers
    let parisStaff: Headers

    /** A product with one variant, a SKU and a barcode, stocked per location. */
    async function product(title: string, sku: string, price: number, stock: Record<string, number>): Promise<Item> {
      const { variants } = await createProductWithVariants(getContainer(), shop, title, [{ title: "One size", price, stock }], { option: "Size" })
      const { variantId, inventoryItemId } = variants["One size"]
      const barcode = `40${sku.replace(/\D/g, "").padStart(11, "0")}`
      await getContainer().resolve(Modules.PRODUCT).updateProductVariants(variantId, { sku, barcode })
      return { variantId, inventoryItemId, sku, barcode }
    }

    const levels = async (item: Item) => ({
      warehouse: await stockLevel(getContainer(), item.inventoryItemId, shop.locationId),
      lyon: await stockLevel(getContainer(), item.inventoryItemId, lyon.locationId),
      paris: await stockLevel(getContainer(), item.inventoryItemId, paris.locationId),
    })

    const openSale = async (staff: Headers, body: Record<string, unknown> = {}) => {
      const opened = await api.post("/staff-api/counter-sales", body, staff)
      expect(opened.status).toBe(201)
      return opened.data.counter_sale as { id: string; store: { id: string } }
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container)
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon")
      paris = await createPickupStore(container, shop, "Paris")
      lyonStaff = await signInAsStaff(api, container, "lyon.till@fairmade.test", [lyon.locationId])
      parisStaff = await signInAsStaff(api, container, "paris.till@fairmade.test", [paris.locationId])
    })

    it("sells at Lyon's counter: Lyon's stock −1, warehouse and Paris unchanged, an order in Lyon's channel paid at the till", async () => {
      const vase = await product("Zinc vase", "VASE-001", 19, { [shop.locationId]: 10, [lyon.locationId]: 3, [paris.locationId]: 4 })
      const sale = await openSale(lyonStaff)
      expect(sale.store.id).toBe(lyon.locationId)

      // Found by SKU, by barcode and by name, with Lyon's shelf and the price.
      for (const q of [vase.sku, vase.barcode]) {
        const found = await api.get(`/staff-api/counter-sales/products?q=${encodeURIComponent(q)}`, lyonStaff)
        expect(found.data.match).toBe("code")
        expect(found.data.products).toEqual([expect.objectContaining({ variant_id: vase.variantId, price: "19.00", in_store: 3 })])
      }
      const byName = await api.get("/staff-api/counter-sales/products?q=zinc%20vase", lyonStaff)
      expect(byName.data.match).toBe("name")
      expect(byName.data.products.map((hit: any) => hit.variant_id)).toContain(vase.variantId)

      const added = await api.post(`/staff-api/counter-sales/${sale.id}/lines`, { code: vase.barcode, quantity: 1 }, lyonStaff)
      expect(added.data.counter_sale.lines).toEqual([expect.objectContaining({ variant_id: vase.variantId, quantity: 1, in_store: 3, total: "19.00" })])
      expect(added.data.counter_sale.totals.total).toBe("19.00")
      const withCustomer = await api.post(
        `/staff-api/counter-sales/${sale.id}/customer`,
        { email: "Walk.In@fairmade.test", first_name: "Ada", last_name: "Walker" },
        lyonStaff,
      )
      expect(withCustomer.data.counter_sale.customer).toEqual(expect.objectContaining({ email: "walk.in@fairmade.test", first_name: "Ada" }))

      const completed = await answer(api.post(`/staff-api/counter-sales/${sale.id}/complete`, { method: "cash", amount: "20" }, lyonStaff))
      expect({ status: completed.status, message: completed.data.message }).toEqual({ status: 200, message: undefined })
      const receipt = completed.data.counter_sale
      expect(receipt.status).toBe("completed")
      expect(receipt.payment).toEqual({ method: "cash", amount: "19.00", tendered: "20.00", change: "1.00" })
      expect(receipt.order).toEqual(expect.objectContaining({ display_id: expect.any(Number), sales_channel_id: await salesChannelOf(getContainer(), lyon.locationId) }))

      // Stock left Lyon's shelf only.
      expect(await levels(vase)).toEqual({
        warehouse: { stocked: 10, reserved: 0 },
        lyon: { stocked: 2, reserved: 0 },
        paris: { stocked: 4, reserved: 0 },
      })
      const order = await orderOf(getContainer(), receipt.order.order_id)
      expect(order.sales_channel_id).toBe(await salesChannelOf(getContainer(), lyon.locationId))
      expect(order.sales_channel_id).not.toBe(shop.salesChannelId)
      expect(order.metadata).toEqual(expect.objectContaining({ channel: "store", store_location_id: lyon.locationId }))
      expect(order.email).toBe("walk.in@fairmade.test")
      expect(order.customer_id).toBe(withCustomer.data.counter_sale.customer.id)
      expect(order.fulfillments).toEqual([expect.objectContaining({ location_id: lyon.locationId, delivered_at: expect.anything() })])
      const payments = order.payment_collections.flatMap((collection: any) => collection.payments)
      expect(payments).toHaveLength(1)
      expect(payments[0].provider_id).toBe("pp_system_default")
      expect(Number(payments[0].amount)).toBe(19)
      expect(payments[0].captures.map((capture: any) => Number(capture.amount))).toEqual([19])

      // A retry (double tap, lost answer) answers the same order and sells nothing more.
      const retried = await api.post(`/staff-api/counter-sales/${sale.id}/complete`, { method: "cash", amount: "20" }, lyonStaff)
      expect(retried.status).toBe(200)
      expect(retried.data.counter_sale.order.order_id).toBe(receipt.order.order_id)
      expect(await ordersWithVariant(getContainer(), vase.variantId)).toHaveLength(1)
      expect((await levels(vase)).lyon).toEqual({ stocked: 2, reserved: 0 })

      // The admin's order list filters it by Lyon's sales channel, natively.
      const admin = await staffAdmin(api, getContainer())
      const listed = await api.get(`/admin/orders?sales_channel_id[]=${order.sales_channel_id}&fields=id`, admin)
      expect(listed.data.orders.map((row: any) => row.id)).toEqual([order.id])
      const web = await api.get(`/admin/orders?sales_channel_id[]=${shop.salesChannelId}&fields=id`, admin)
      expect(web.data.orders.map((row: any) => row.id)).not.toContain(order.id)
    })

    it("applies promo codes as online and counts the sale as Lyon's store sale in the analytics read model", async () => {
      const lamp = await product("Paper lamp", "LAMP-004", 20, { [shop.locationId]: 3, [lyon.locationId]: 4, [paris.locationId]: 1 })
      await createPromotionsWorkflow(getContainer()).run({
        input: {
          promotionsData: [
            { code: "TILL10", type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 } },
          ],
        },
      })
      const sale = await openSale(lyonStaff)
      const added = await answer(api.post(`/staff-api/counter-sales/${sale.id}/lines`, { code: lamp.sku, quantity: 2 }, lyonStaff))
      expect({ status: added.status, message: added.data.message }).toEqual({ status: 200, message: undefined })
      const unknown = await answer(api.post(`/staff-api/counter-sales/${sale.id}/promotions`, { code: "NOPE10" }, lyonStaff))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/Promo code NOPE10 cannot be used/)
      const discounted = await answer(api.post(`/staff-api/counter-sales/${sale.id}/promotions`, { code: "TILL10" }, lyonStaff))
      expect({ status: discounted.status, message: discounted.data.message }).toEqual({ status: 200, message: undefined })
      expect(discounted.data.counter_sale).toEqual(
        expect.objectContaining({ promo_codes: ["TILL10"], totals: expect.objectContaining({ discount_total: "4.00", total: "36.00" }) }),
      )
      const completed = await api.post(`/staff-api/counter-sales/${sale.id}/complete`, { method: "card", amount: "36.00" }, lyonStaff)
      const orderId = completed.data.counter_sale.order.order_id
      expect(Number((await orderOf(getContainer(), orderId)).total)).toBe(36)

      const analytics = getContainer().resolve("sales_analytics") as any
      const deadline = Date.now() + 20_000
      let facts: any[] = []
      while (Date.now() < deadline) {
        facts = await analytics.listOrderFacts({ order_id: orderId })
        if (facts.length) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      expect(facts).toEqual([expect.objectContaining({ channel: "store_sale", store_location_id: lyon.locationId })])
    })

    it("finishes a sale a crash cut short after Medusa made the order: same order, captured once, stock −1 at Lyon only", async () => {
      const tray = await product("Oak tray", "TRAY-003", 30, { [shop.locationId]: 6, [lyon.locationId]: 2, [paris.locationId]: 2 })
      const sale = await openSale(lyonStaff)
      await api.post(`/staff-api/counter-sales/${sale.id}/lines`, { variant_id: tray.variantId, quantity: 1 }, lyonStaff)
      // What a run killed at `store-sale.complete.after-order` leaves: the till payment on the cart,
      // the order made and its payment authorised, nothing captured or fulfilled yet.
      const container = getContainer()
      const cart = await container.resolve(Modules.CART).retrieveCart(sale.id)
      const tillPayment = { method: "card", amount: "30.00", tendered: "30.00", change: "0.00" }
      await container.resolve(Modules.CART).updateCarts(sale.id, { metadata: { ...cart.metadata, till_payment: tillPayment } })
      await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: sale.id } })
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: sale.id } })
      await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: data[0].payment_collection.id, provider_id: "pp_system_default" } })
      const { result: made } = await completeCartWorkflow(container).run({ input: { id: sale.id } })
      expect((await levels(tray)).lyon).toEqual({ stocked: 2, reserved: 1 })

      // The tablet retries with the same sale.
      const retried = await api.post(`/staff-api/counter-sales/${sale.id}/complete`, { method: "card", amount: "30" }, lyonStaff)
      expect(retried.status).toBe(200)
      expect(retried.data.counter_sale.order.order_id).toBe(made.id)
      expect(retried.data.counter_sale.payment).toEqual(tillPayment)
      expect(await ordersWithVariant(container, tray.variantId)).toHaveLength(1)
      expect(await levels(tray)).toEqual({
        warehouse: { stocked: 6, reserved: 0 },
        lyon: { stocked: 1, reserved: 0 },
        paris: { stocked: 2, reserved: 0 },
      })
      const order = await orderOf(container, made.id)
      expect(order.fulfillments).toEqual([expect.objectContaining({ location_id: lyon.locationId, delivered_at: expect.anything() })])
      const payments = order.payment_collections.flatMap((collection: any) => collection.payments)
      expect(payments.map((payment: any) => payment.captures.map((capture: any) => Number(capture.amount)))).toEqual([[30]])
    })

    it("gives the last unit at Lyon to exactly one of a counter sale and a web click-and-collect order", async () => {
      const candle = await product("Last candle", "CANDLE-LAST", 12, { [shop.locationId]: 0, [lyon.locationId]: 1, [paris.locationId]: 0 })
      // The web shopper's cart, ready to complete with collection at Lyon.
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
      const cartId = data.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: candle.variantId, quantity: 1 }, shop.store)
      await api.post(`/store/carts/${cartId}`, { email: "web@fairmade.test", shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS }, shop.store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: lyon.shippingOptionId }, shop.store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, shop.store)
      // The counter's basket with the same unit.
      const sale = await openSale(lyonStaff)
      await api.post(`/staff-api/counter-sales/${sale.id}/lines`, { variant_id: candle.variantId, quantity: 1 }, lyonStaff)

      const [web, counter] = await Promise.all([
        answer(api.post(`/store/carts/${cartId}/complete`, {}, shop.store)),
        answer(api.post(`/staff-api/counter-sales/${sale.id}/complete`, { method: "card", amount: "12" }, lyonStaff)),
      ])
      const webWon = web.status === 200 && web.data.type === "order"
      const counterWon = counter.status === 200
      expect([webWon, counterWon].filter(Boolean)).toHaveLength(1)
      if (webWon) {
        expect(counter.status).toBe(400)
        expect(counter.data.message).toMatch(/not enough stock at Lyon/i)
        const after = await api.get(`/staff-api/counter-sales/${sale.id}`, lyonStaff)
        expect(after.data.counter_sale).toEqual(expect.objectContaining({ status: "open", order: null }))
        expect((await levels(candle)).lyon).toEqual({ stocked: 1, reserved: 1 })
      } else {
        expect(web.status).toBe(400)
        expect(web.data.message).toMatch(/not enough stock/i)
        expect((await levels(candle)).lyon).toEqual({ stocked: 0, reserved: 0 })
      }
      expect(await ordersWithVariant(getContainer(), candle.variantId)).toHaveLength(1)
      expect((await levels(candle)).warehouse).toEqual({ stocked: 0, reserved: 0 })
    })

    it("refuses bad input with a clear 4xx and changes nothing", async () => {
      const bowl = await product("Stoneware bowl", "BOWL-002", 8, { [shop.locationId]: 5, [lyon.locationId]: 2, [paris.locationId]: 1 })
      const before = await levels(bowl)
      const sale = await openSale(lyonStaff)
      const lines = `/staff-api/counter-sales/${sale.id}/lines`

      const refusals: [string, () => Promise<any>, number, RegExp][] = [
        ["unknown barcode", () => api.post(lines, { code: "0000000000000", quantity: 1 }, lyonStaff), 400, /No product has the SKU or barcode "0000000000000"/],
        ["unknown SKU", () => api.post(lines, { code: "NOPE-1", quantity: 1 }, lyonStaff), 400, /No product has the SKU or barcode "NOPE-1"/],
        ["above the store's stock", () => api.post(lines, { variant_id: bowl.variantId, quantity: 3 }, lyonStaff), 400, /Only 2 unit\(s\) of Stoneware bowl.* at Lyon/],
        ["negative quantity", () => api.post(lines, { variant_id: bowl.variantId, quantity: -1 }, lyonStaff), 400, /quantity/i],
        ["non-numeric quantity", () => api.post(lines, { variant_id: bowl.variantId, quantity: "two" }, lyonStaff), 400, /quantity/i],
        ["fractional quantity", () => api.post(lines, { variant_id: bowl.variantId, quantity: 1.5 }, lyonStaff), 400, /quantity/i],
        ["another store's counter", () => api.post("/staff-api/counter-sales", { location_id: paris.locationId }, lyonStaff), 404, /not found/],
        ["another store's sale", () => api.post(lines, { variant_id: bowl.variantId, quantity: 1 }, parisStaff), 404, /not found/],
        ["another store's sale read", () => api.get(`/staff-api/counter-sales/${sale.id}`, parisStaff), 404, /not found/],
        ["an empty basket", () => api.post(`/staff-api/counter-sales/${sale.id}/complete`, { method: "cash", amount: "10" }, lyonStaff), 400, /basket is empty/],
        ["no staff token", () => api.get(`/staff-api/counter-sales/${sale.id}`), 401, /./],
      ]
      for (const [what, request, status, message] of refusals) {
        const refused = await answer(request())
        expect({ what, status: refused.status }).toEqual({ what, status })
        expect({ what, message: String(refused.data?.message ?? "") }).toEqual({ what, message: expect.stringMatching(message) })
      }
      const basket = await api.get(`/staff-api/counter-sales/${sale.id}`, lyonStaff)
      expect(basket.data.counter_sale.lines).toEqual([])

      // Money that does not match: refused, the basket stays open.
      await api.post(lines, { variant_id: bowl.variantId, quantity: 2 }, lyonStaff)
      for (const [body, message] of [
        [{ method: "card", amount: "17" }, /A card payment takes exactly the 16.00 EUR due, not 17.00 EUR/],
        [{ method: "card", amount: "15" }, /15.00 EUR is less than the 16.00 EUR due/],
        [{ method: "cash", amount: "10" }, /10.00 EUR is less than the 16.00 EUR due/],
        [{ method: "cash", amount: "-5" }, /amount/i],
        [{ method: "cheque", amount: "16" }, /method/i],
        [{ method: "cash", amount: "16.001" }, /more decimals than EUR allows/],
      ] as const) {
        const refused = await answer(api.post(`/staff-api/counter-sales/${sale.id}/complete`, body, lyonStaff))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(message)
      }
      const still = await api.get(`/staff-api/counter-sales/${sale.id}`, lyonStaff)
      expect(still.data.counter_sale).toEqual(expect.objectContaining({ status: "open", order: null, payment: null }))
      expect(still.data.counter_sale.lines).toEqual([expect.objectContaining({ quantity: 2 })])
      expect(await levels(bowl)).toEqual(before)
      expect(await ordersWithVariant(getContainer(), bowl.variantId)).toHaveLength(0)
    })
  },
})
