/**
 * The sales read model and the analytics admin API on a real Medusa: facts
 * fed by order and payment events, counted once however often an event
 * arrives, click-and-collect attributed to its store, rebuilt identically
 * from Medusa's orders, and closed to anyone but admin users.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { BACKEND_DIR } from "../helpers/backend"
import { signInAsNewAdmin } from "../helpers/auth"
import { answer } from "../helpers/checkout"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { createPickupStore, lastNotification, markWarehouse, pickupOfOrder, placeOrder, signInAsStaff, stockAt, type PickupStore } from "../helpers/pickup-stores"

jest.setTimeout(180_000)

type Session = { headers: Record<string, string> }

/** The read model's fact of an order once `ready` says the events have been handled. */
async function factOf(container: MedusaContainer, orderId: string, ready: (fact: any) => boolean = () => true, timeoutMs = 20_000) {
  const analytics = container.resolve("sales_analytics") as any
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const facts = await analytics.listOrderFacts({ order_id: orderId })
    if (facts.length > 1) throw new Error(`Order ${orderId} has ${facts.length} facts`)
    if (facts[0] && ready(facts[0])) return facts[0]
    if (Date.now() > deadline) throw new Error(`The fact of order ${orderId} did not arrive: ${JSON.stringify(facts[0] ?? null)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function paymentIdOf(container: MedusaContainer, orderId: string): Promise<string> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.id"],
    filters: { id: orderId },
  })
  return data[0].payment_collections[0].payments[0].id
}

/** Delivers an event again, as an at-least-once event bus may, and waits for its subscribers. */
async function deliverAgain(container: MedusaContainer, name: string, data: Record<string, unknown>) {
  await container.resolve(Modules.EVENT_BUS).emit({ name, data })
  await new Promise((resolve) => setTimeout(resolve, 1_500))
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let vase: StockedProduct
    let admin: Session
    let lyonStaff: Session
    let orderNumber = 0
    const nextEmail = () => `analytics${++orderNumber}@fairmade.test`
    // Today (orders placed by the tests) and a little around it.
    const range = () => {
      const now = Date.now()
      return `from=${new Date(now - 86_400_000).toISOString()}&to=${new Date(now + 86_400_000).toISOString()}`
    }
    const overview = async (query = "") => (await api.get(`/admin/analytics/overview?${range()}${query}`, admin)).data

    const deliveredOrder = async (quantity: number) => {
      const order = await placeOrder(api, shop, shop.shippingOptionId, [{ variant_id: vase.variantId, quantity }], nextEmail())
      await factOf(getContainer(), order.id)
      return order
    }
    const capture = async (orderId: string) => {
      const paymentId = await paymentIdOf(getContainer(), orderId)
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      return paymentId
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Analytics shop")
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon Analytics")
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: 50 })
      await stockAt(container, vase.inventoryItemId, lyon.locationId, 10)
      admin = await signInAsNewAdmin(api, container, "marketing@fairmade.test")
      lyonStaff = await signInAsStaff(api, container, "lyon.analytics@fairmade.test", [lyon.locationId])
    })

    it("counts an order placed and paid once in revenue and orders, however often its events arrive", async () => {
      const order = await deliveredOrder(2)
      await capture(order.id)
      await deliverAgain(getContainer(), "order.placed", { id: order.id })
      await deliverAgain(getContainer(), "payment.captured", { id: await paymentIdOf(getContainer(), order.id) })

      const fact = await factOf(getContainer(), order.id)
      expect(fact).toEqual(expect.objectContaining({ channel: "delivery", units: 2, currency_code: "eur", canceled: false }))
      expect(Number(fact.net_revenue)).toBe(60) // 2 × 30, no tax in this region, shipping not revenue
      const { kpis } = await overview()
      expect(kpis).toEqual(expect.objectContaining({ orders: 1, units: 2, revenue: "60.00", average_basket: "60.00", customers: 1, new_customers: 1 }))
      const lines = await (getContainer().resolve("sales_analytics") as any).listOrderLineFacts({ order_id: order.id })
      expect(lines.map((line: any) => [line.quantity, Number(line.net_amount)])).toEqual([[2, 60]])
    })

    it("lowers net revenue by a refund once, even when the refund's event and workflow run twice", async () => {
      const order = await deliveredOrder(2)
      const paymentId = await capture(order.id)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 20 }, admin)
      const fact = await factOf(getContainer(), order.id, (fact) => Number(fact.refunded_net) > 0)
      expect(Number(fact.net_revenue)).toBe(40)

      await deliverAgain(getContainer(), "payment.refunded", { id: paymentId })
      await deliverAgain(getContainer(), "payment.refunded", { id: paymentId })
      const { recordPaymentOrderFactsWorkflow } = require("../../plugins/shop-analytics/.medusa/server/src/workflows")
      await recordPaymentOrderFactsWorkflow(getContainer()).run({ input: { payment_id: paymentId } })

      expect(Number((await factOf(getContainer(), order.id)).net_revenue)).toBe(40)
      const { kpis } = await overview()
      expect(kpis).toEqual(expect.objectContaining({ orders: 1, revenue: "40.00" }))
    })

    it("counts an order collected at Lyon for Lyon's click-and-collect", async () => {
      await deliveredOrder(1)
      const email = nextEmail()
      const order = await placeOrder(api, shop, lyon.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], email)
      const pickup = await pickupOfOrder(getContainer(), order.id)
      await api.post(`/staff-api/pickups/${pickup.id}/ready`, {}, lyonStaff)
      const code = (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string
      const handed = await answer(api.post(`/staff-api/pickups/${pickup.id}/hand-over`, { code }, lyonStaff))
      expect(handed.data.pickup?.status).toBe("collected")

      // Attribution is what is asserted here; the fact's pickup_status may still say "ready" (see the
      // plugin README: the hand-over's own order events come before its status change).
      const fact = await factOf(getContainer(), order.id, (fact) => fact.channel === "click_and_collect")
      expect(fact).toEqual(expect.objectContaining({ channel: "click_and_collect", store_location_id: lyon.locationId }))
      const all = await overview()
      expect(all.kpis.orders).toBe(2)
      expect(all.kpis.click_and_collect_share).toBe(0.5)
      expect(all.kpis.by_store).toEqual([{ key: lyon.locationId, orders: 1, revenue: "30.00", share_of_orders: 0.5, share_of_revenue: 0.5 }])
      const atLyon = await overview(`&channel=click_and_collect&store=${lyon.locationId}`)
      expect(atLyon.kpis).toEqual(expect.objectContaining({ orders: 1, revenue: "30.00" }))
      expect((await overview("&channel=delivery")).kpis).toEqual(expect.objectContaining({ orders: 1, revenue: "30.00" }))
    })

    it("rebuilds from Medusa's orders the same figures the events fed, and resumes from its cursor", async () => {
      const first = await deliveredOrder(3)
      const paymentId = await capture(first.id)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 15 }, admin)
      await factOf(getContainer(), first.id, (fact) => Number(fact.refunded_net) > 0)
      const second = await placeOrder(api, shop, lyon.shippingOptionId, [{ variant_id: vase.variantId, quantity: 2 }], nextEmail())
      await factOf(getContainer(), second.id)
      const live = await overview("&compare=previous")
      expect(live.kpis).toEqual(expect.objectContaining({ orders: 2, units: 5, revenue: "135.00" })) // 90 − 15 + 60

      const analytics = getContainer().resolve("sales_analytics") as any
      await analytics.removeOrderFacts([first.id, second.id])
      expect((await overview()).kpis.orders).toBe(0)

      const { rebuildSalesFacts } = require("../../plugins/shop-analytics/.medusa/server/src/lib/rebuild")
      const rebuilt = await rebuildSalesFacts(getContainer(), { restart: true })
      expect(rebuilt).toEqual(expect.objectContaining({ done: 2, total: 2, resumed: false }))
      const again = await overview("&compare=previous")
      expect(again.kpis).toEqual(live.kpis)
      expect(again.series).toEqual(live.series)

      // A run stopped after the first order resumes after it.
      const [cursor] = await analytics.listRebuildCursors({ name: "orders" })
      const [firstId] = [first.id, second.id].sort()
      await analytics.updateRebuildCursors({ id: cursor.id, last_order_id: firstId, done: 1, finished_at: null })
      const resumed = await rebuildSalesFacts(getContainer())
      expect(resumed).toEqual(expect.objectContaining({ done: 2, resumed: true }))
      expect((await overview()).kpis).toEqual(live.kpis)
    })

    it("reports each promotion's limit: a used-up budget is 'limit reached'", async () => {
      const container = getContainer()
      const { result: campaigns } = await createCampaignsWorkflow(container).run({
        input: { campaignsData: [{ name: "First 2", campaign_identifier: "FIRST2", budget: { type: "usage", limit: 2, used: 2 } }] },
      })
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            { code: "FIRST2", type: "standard", status: "active", campaign_id: campaigns[0].id, application_method: { type: "percentage", target_type: "order", allocation: "across", value: 20 } },
            { code: "OPEN10", type: "standard", status: "active", application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 } },
          ],
        },
      })
      const { data } = await api.get(`/admin/analytics/promotions?${range()}`, admin)
      const byCode = Object.fromEntries(data.promotions.map((promotion: any) => [promotion.code, promotion]))
      expect(byCode.FIRST2).toEqual(expect.objectContaining({ limit_reached: true, budget: { type: "usage", used: "2", limit: "2" }, orders: 0 }))
      expect(byCode.OPEN10).toEqual(expect.objectContaining({ limit_reached: false, budget: null }))
    })

    it("answers cohorts, and refuses bad ranges and unknown filters with a 400 that says what to fix", async () => {
      await deliveredOrder(1)
      const { data } = await api.get(`/admin/analytics/cohorts?${range()}&months=3`, admin)
      const month = new Date().toISOString().slice(0, 7)
      expect(data.cohorts).toEqual([{ cohort: month, customers: 1, retention: [1, null, null] }])

      const backwards = await answer(api.get("/admin/analytics/overview?from=2026-02-01&to=2026-01-01", admin))
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/from must be before to/)
      const badDate = await answer(api.get("/admin/analytics/overview?from=yesterday", admin))
      expect(badDate.status).toBe(400)
      expect(badDate.data.message).toMatch(/from must be a date/)
      expect((await answer(api.get("/admin/analytics/overview?channel=marketplace", admin))).status).toBe(400)
      expect((await answer(api.get("/admin/analytics/overview?from=1990-01-01&to=2026-01-01", admin))).status).toBe(400)
      expect((await answer(api.get("/admin/analytics/overview?fields=secret", admin))).status).toBe(400)
      const noVisits = await overview()
      expect(noVisits.conversion).toEqual({ available: false, reason: "no visit data" })
    })

    it("is closed to anyone but admin users: no token or a customer's token gets 401", async () => {
      for (const route of ["overview", "cohorts", "promotions", "range"]) {
        expect((await answer(api.get(`/admin/analytics/${route}`))).status).toBe(401)
      }
      const { data } = await api.post("/auth/customer/emailpass/register", { email: "shopper.analytics@fairmade.test", password: "a long and memorable password" })
      await api.post("/store/customers", { email: "shopper.analytics@fairmade.test", first_name: "Sam" }, { headers: { ...shop.store.headers, authorization: `Bearer ${data.token}` } })
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${data.token}` } })
      const customer = { headers: { authorization: `Bearer ${refreshed.token}` } }
      expect((await answer(api.get("/store/customers/me", { headers: { ...customer.headers, ...shop.store.headers } }))).status).toBe(200)
      for (const route of ["overview", "cohorts", "promotions", "range"]) {
        expect((await answer(api.get(`/admin/analytics/${route}`, customer))).status).toBe(401)
      }
    })
  },
})
