/**
 * Click-and-collect in the Performance figures: the KPIs per store (pickups
 * opened, ready on time, collected, expired, median times) on hand-computed
 * fixtures and on a real hand-over at Lyon, and a collected pickup's fact
 * brought up to "collected" by the sync workflow (click-and-collect emits no
 * event of its own for a hand-over).
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKEND_DIR } from "../helpers/backend"
import { signInAsNewAdmin } from "../helpers/auth"
import { answer } from "../helpers/checkout"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { createPickupStore, lastNotification, markWarehouse, pickupOfOrder, placeOrder, signInAsStaff, stockAt, type PickupStore } from "../helpers/pickup-stores"
import { median, pickupKpis, type PickupRecord } from "../../plugins/shop-analytics/src/lib/pickups"

jest.setTimeout(180_000)

type Session = { headers: Record<string, string> }

describe("pickup KPIs per store", () => {
  const at = (time: string) => `2026-03-02T${time}:00Z`
  // Lyon: p1 ready 30 min after the order (due after 60: on time), collected after 90; p2 ready after
  // 120 (due after 60: late), expired; p3 still received. Paris: p4 ready after 10 (on time), collected after 50; p5 rejected.
  const pickups: PickupRecord[] = [
    { order_id: "o1", location_id: "lyon", status: "collected", created_at: at("10:00"), due_at: at("11:00"), ready_at: at("10:30"), collected_at: at("11:30") },
    { order_id: "o2", location_id: "lyon", status: "expired", created_at: at("10:00"), due_at: at("11:00"), ready_at: at("12:00") },
    { order_id: "o3", location_id: "lyon", status: "received", created_at: at("10:00"), due_at: at("11:00") },
    { order_id: "o4", location_id: "paris", status: "collected", created_at: at("09:00"), due_at: at("10:00"), ready_at: at("09:10"), collected_at: at("09:50") },
    { order_id: "o5", location_id: "paris", status: "rejected", created_at: at("09:00"), due_at: at("10:00") },
  ]

  it("counts opened, ready on time, collected, expired and the median times", () => {
    const { total, by_store } = pickupKpis(pickups)
    expect(by_store).toEqual([
      { key: "lyon", opened: 3, ready: 2, ready_on_time: 1, on_time_rate: 0.5, collected: 1, expired: 1, not_served: 0, median_minutes_to_ready: 75, median_minutes_to_collection: 90 },
      { key: "paris", opened: 2, ready: 1, ready_on_time: 1, on_time_rate: 1, collected: 1, expired: 0, not_served: 1, median_minutes_to_ready: 10, median_minutes_to_collection: 50 },
    ])
    // All stores: ready after 30, 120, 10 → median 30; collected after 90 and 50 → 70.
    expect(total).toEqual({ key: "all", opened: 5, ready: 3, ready_on_time: 2, on_time_rate: 0.6667, collected: 2, expired: 1, not_served: 1, median_minutes_to_ready: 30, median_minutes_to_collection: 70 })
    expect(pickupKpis([]).total).toEqual(expect.objectContaining({ opened: 0, on_time_rate: null, median_minutes_to_ready: null }))
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
  })
})

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let vase: StockedProduct
    let admin: Session
    let lyonStaff: Session

    const range = () => {
      const now = Date.now()
      return `from=${new Date(now - 86_400_000).toISOString()}&to=${new Date(now + 86_400_000).toISOString()}`
    }

    async function factOf(container: MedusaContainer, orderId: string, ready: (fact: any) => boolean = () => true) {
      const analytics = container.resolve("sales_analytics") as any
      const deadline = Date.now() + 20_000
      for (;;) {
        const [fact] = await analytics.listOrderFacts({ order_id: orderId })
        if (fact && ready(fact)) return fact
        if (Date.now() > deadline) throw new Error(`The fact of order ${orderId} did not arrive: ${JSON.stringify(fact ?? null)}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Pickup analytics shop")
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon Pickups")
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: 50 })
      await stockAt(container, vase.inventoryItemId, lyon.locationId, 10)
      admin = await signInAsNewAdmin(api, container, "pickups.marketing@fairmade.test")
      lyonStaff = await signInAsStaff(api, container, "lyon.pickups@fairmade.test", [lyon.locationId])
    })

    it("shows a pickup collected at Lyon in Lyon's pickup figures, and its fact says collected once synced", async () => {
      const container = getContainer()
      const email = "collector@fairmade.test"
      const collectedOrder = await placeOrder(api, shop, lyon.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], email)
      const waitingOrder = await placeOrder(api, shop, lyon.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], "waiter@fairmade.test")
      const pickup = await pickupOfOrder(container, collectedOrder.id)
      await api.post(`/staff-api/pickups/${pickup.id}/ready`, {}, lyonStaff)
      const code = (await lastNotification(container, email, "pickup-ready"))!.data!.pickup_code as string
      const handed = await answer(api.post(`/staff-api/pickups/${pickup.id}/hand-over`, { code }, lyonStaff))
      expect(handed.data.pickup?.status).toBe("collected")
      await factOf(container, waitingOrder.id)
      await factOf(container, collectedOrder.id, (fact) => fact.channel === "click_and_collect")

      const { syncPickupFactsWorkflow } = require("../../plugins/shop-analytics/.medusa/server/src/workflows")
      await syncPickupFactsWorkflow(container).run({ input: {} })
      expect(await factOf(container, collectedOrder.id)).toEqual(expect.objectContaining({ pickup_status: "collected", store_location_id: lyon.locationId }))
      expect(await factOf(container, waitingOrder.id)).toEqual(expect.objectContaining({ pickup_status: "received" }))
      // Once in step, a second run changes nothing.
      const again = await syncPickupFactsWorkflow(container).run({ input: {} })
      expect(again.result).toEqual({ order_ids: 0 })

      const { data: records } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "pickup_order",
        fields: ["created_at", "ready_at", "collected_at", "due_at"],
        filters: { order_id: collectedOrder.id },
      })
      const minutes = (from: string, to: string) => Math.round(((new Date(to).getTime() - new Date(from).getTime()) / 60_000) * 10) / 10
      const { data } = await api.get(`/admin/analytics/pickups?${range()}`, admin)
      expect(data.available).toBe(true)
      expect(data.by_store).toEqual([
        {
          key: lyon.locationId,
          name: "Lyon Pickups",
          opened: 2,
          ready: 1,
          ready_on_time: new Date(records[0].ready_at) <= new Date(records[0].due_at) ? 1 : 0,
          on_time_rate: new Date(records[0].ready_at) <= new Date(records[0].due_at) ? 1 : 0,
          collected: 1,
          expired: 0,
          not_served: 0,
          median_minutes_to_ready: minutes(records[0].created_at, records[0].ready_at),
          median_minutes_to_collection: minutes(records[0].created_at, records[0].collected_at),
        },
      ])
      expect(data.total).toEqual(expect.objectContaining({ key: "all", opened: 2, collected: 1 }))
      const elsewhere = await api.get(`/admin/analytics/pickups?${range()}&store=sloc_nowhere`, admin)
      expect(elsewhere.data.by_store).toEqual([])

      // The orders behind Lyon's figures.
      const behind = await api.get(`/admin/analytics/orders?${range()}&channel=click_and_collect&store=${lyon.locationId}`, admin)
      expect(behind.data).toEqual(expect.objectContaining({ count: 2, page: 1, page_size: 50 }))
      expect(behind.data.orders.map((order: any) => order.order_id).sort()).toEqual([collectedOrder.id, waitingOrder.id].sort())
      expect(behind.data.orders[0]).toEqual(expect.objectContaining({ source: "live", channel: "click_and_collect", store_location_id: lyon.locationId, currency_code: "eur" }))
      expect(Number(behind.data.orders[0].net_revenue)).toBe(30)
      expect((await api.get(`/admin/analytics/orders?${range()}&channel=delivery`, admin)).data.count).toBe(0)
      expect((await answer(api.get(`/admin/analytics/orders?${range()}&page=0`, admin))).status).toBe(400)
    })

    it("is for admin users only, and refuses unknown parameters with a 400", async () => {
      expect((await answer(api.get(`/admin/analytics/pickups?${range()}`))).status).toBe(401)
      expect([401, 403]).toContain((await answer(api.get(`/admin/analytics/pickups?${range()}`, lyonStaff))).status)
      const bad = await answer(api.get(`/admin/analytics/pickups?${range()}&channel=delivery`, admin))
      expect(bad.status).toBe(400)
    })
  },
})
