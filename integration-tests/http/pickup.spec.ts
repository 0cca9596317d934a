import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createPickupForOrderWorkflow, expireUncollectedPickupsWorkflow } from "@fairmade/click-and-collect/workflows"
import { signInAsNewAdmin } from "../helpers/auth"
import { staffAdmin } from "../helpers/staff"
import type PickupModuleService from "../../plugins/click-and-collect/src/modules/pickup/service"
import { BACKEND_DIR } from "../helpers/backend"
import { eventually } from "../helpers/browser"
import { answer } from "../helpers/checkout"
import { createShop, createStockedProduct, stockLevel, type Shop, type StockedProduct } from "../helpers/fixtures"
import {
  createPickupStore,
  HOLD_PERIOD_DAYS,
  lastNotification,
  markWarehouse,
  pickupOfOrder,
  placeOrder,
  reservationsOf,
  SHIP_TO_STORE_LEAD_TIME_HOURS,
  signInAsStaff,
  stockAt,
  STORE_LEAD_TIME_HOURS,
  type PickupStore,
} from "../helpers/pickup-stores"

jest.setTimeout(180_000)

const DAY = 24 * 3_600_000

async function orderStatus(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["status", "fulfillments.location_id", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })
  return data[0]
}

/** The order's payment: authorised amount, what was captured of it and refunded (whole euros here). */
async function paymentOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.amount", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  const [payment] = data[0].payment_collections.flatMap((collection: any) => collection.payments)
  const total = (rows: any[] | undefined) => (rows ?? []).reduce((sum: number, row: any) => sum + Number(row.amount), 0)
  return { amount: Number(payment.amount), captured: total(payment.captures), refunded: total(payment.refunds) }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let paris: PickupStore
    let vase: StockedProduct
    let lyonStaff: { headers: Record<string, string> }
    let parisStaff: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let orderNumber = 0

    const WAREHOUSE_STOCK = 10
    const STORE_STOCK = 3
    const nextEmail = () => `collector${++orderNumber}@fairmade.test`

    /** An order collected at `store`, once its pickup is open. */
    async function collectAt(store: PickupStore, product: StockedProduct, quantity = 1) {
      const email = nextEmail()
      const order = await placeOrder(api, shop, store.shippingOptionId, [{ variant_id: product.variantId, quantity }], email)
      const pickup = await pickupOfOrder(getContainer(), order.id)
      return { order, pickup, email }
    }

    const act = (id: string, action: string, body: unknown = {}, session = lyonStaff) =>
      answer(api.post(`/staff-api/pickups/${id}/${action}`, body, session))

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Pickup shop")
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon Test")
      paris = await createPickupStore(container, shop, "Paris Test")
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: WAREHOUSE_STOCK })
      await stockAt(container, vase.inventoryItemId, lyon.locationId, STORE_STOCK)
      await stockAt(container, vase.inventoryItemId, paris.locationId, STORE_STOCK)
      lyonStaff = await signInAsStaff(api, container, "lyon.staff@fairmade.test", [lyon.locationId])
      parisStaff = await signInAsStaff(api, container, "paris.staff@fairmade.test", [paris.locationId])
      admin = await staffAdmin(api, container)
    })

    // Medusa's runner restores the database to its state after beforeAll before each test:
    // every test places its own orders.
    describe("the full flow at one store", () => {
      const codeSentTo = async (email: string) =>
        (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string

      it("opens a pickup at the chosen store, with the goods reserved there and nowhere else", async () => {
        const { order, pickup } = await collectAt(lyon, vase, 2)
        expect(pickup).toEqual(expect.objectContaining({ status: "received", location_id: lyon.locationId, ship_to_store: false }))

        const reservations = await reservationsOf(getContainer(), order.id)
        expect(reservations.map((r) => [r.location_id, Number(r.quantity)])).toEqual([[lyon.locationId, 2]])
        expect(await stockLevel(getContainer(), vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: STORE_STOCK, reserved: 2 })
        expect(await stockLevel(getContainer(), vase.inventoryItemId, shop.locationId)).toEqual({ stocked: WAREHOUSE_STOCK, reserved: 0 })
      })

      it("lists it in the Lyon queue with counts, and shows the pick list without any code", async () => {
        const { order, pickup } = await collectAt(lyon, vase, 2)
        const { data } = await api.get("/staff-api/pickups", lyonStaff)
        expect(data.pickups.map((p: any) => p.id)).toEqual([pickup.id])
        expect(data.counts).toEqual({ received: 1, preparing: 0, ready: 0, overdue: 0 })

        const { data: detail } = await api.get(`/staff-api/pickups/${pickup.id}`, lyonStaff)
        expect(detail.pickup.pick_list).toEqual([
          expect.objectContaining({ product_title: "Stoneware vase", variant_title: "One size", quantity: 2 }),
        ])
        expect(detail.pickup.order.display_id).toBe(order.display_id)
        expect(detail.pickup.events.map((e: any) => e.action)).toEqual(["created"])
        expect(JSON.stringify(detail)).not.toMatch(/sealed_code|pickup_code/)
      })

      it("refuses to hand over an order that is not ready, and changes nothing", async () => {
        const { order, pickup } = await collectAt(lyon, vase)
        const refused = await act(pickup.id, "hand-over", { code: "ABCDEF" })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/cannot hand over .* it is received; this needs a pickup that is ready/i)
        const { data } = await api.get(`/staff-api/pickups/${pickup.id}`, lyonStaff)
        expect(data.pickup.status).toBe("received")
        expect(data.pickup.events.map((e: any) => e.action)).toEqual(["created"])
        expect((await orderStatus(getContainer(), order.id)).fulfillments).toEqual([])
      })

      it("prepares, then marks ready: the shopper is e-mailed a code, and can have it again", async () => {
        const { pickup, email } = await collectAt(lyon, vase)
        expect((await act(pickup.id, "prepare")).data.pickup.status).toBe("preparing")
        const ready = await act(pickup.id, "ready")
        expect(ready.status).toBe(200)
        expect(ready.data.pickup).toEqual(
          expect.objectContaining({ status: "ready", ready_at: expect.any(String), notified_at: expect.any(String) }),
        )
        const held = new Date(ready.data.pickup.expires_at).getTime() - new Date(ready.data.pickup.ready_at).getTime()
        expect(held).toBe(HOLD_PERIOD_DAYS * DAY)

        const notification = await lastNotification(getContainer(), email, "pickup-ready")
        expect(notification).toEqual(expect.objectContaining({ channel: "email", to: email }))
        expect(notification!.data!.pickup_code).toMatch(/^[346789ABCDEFGHJKMNPQRTUVWXY]{6}$/)
        expect(notification!.data!.store).toEqual(expect.objectContaining({ name: "Lyon Test" }))

        expect((await act(pickup.id, "resend-notification")).status).toBe(200)
        const again = await lastNotification(getContainer(), email, "pickup-ready")
        expect(again!.id).not.toBe(notification!.id)
        expect(again!.data!.pickup_code).toBe(notification!.data!.pickup_code)
      })

      it("refuses a wrong code and changes nothing, then hands over with the right one: delivered from Lyon, whose stock alone goes down", async () => {
        const { order, pickup, email } = await collectAt(lyon, vase, 2)
        await act(pickup.id, "prepare")
        await act(pickup.id, "ready")
        const code = await codeSentTo(email)

        const wrong = await act(pickup.id, "hand-over", { code: code === "AAAAAA" ? "BBBBBB" : "AAAAAA" })
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/code does not match/i)
        const { data } = await api.get(`/staff-api/pickups/${pickup.id}`, lyonStaff)
        expect(data.pickup.status).toBe("ready")
        expect(data.pickup.events.at(-1)).toEqual(expect.objectContaining({ action: "verification_failed", verification_method: "code" }))
        expect((await orderStatus(getContainer(), order.id)).fulfillments).toEqual([])
        expect(await stockLevel(getContainer(), vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: STORE_STOCK, reserved: 2 })
        expect(await paymentOf(getContainer(), order.id)).toEqual({ amount: 60, captured: 0, refunded: 0 })

        const handed = await act(pickup.id, "hand-over", { code: code.toLowerCase() })
        expect(handed.data).toEqual({ pickup: expect.objectContaining({ status: "collected", collected_at: expect.any(String) }) })
        expect(handed.data.pickup.events.at(-1)).toEqual(
          expect.objectContaining({ action: "hand_over", verification_method: "code", to_status: "collected" }),
        )
        const { fulfillments } = await orderStatus(getContainer(), order.id)
        expect(fulfillments).toEqual([expect.objectContaining({ location_id: lyon.locationId, delivered_at: expect.anything() })])
        expect(await stockLevel(getContainer(), vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: STORE_STOCK - 2, reserved: 0 })
        expect(await stockLevel(getContainer(), vase.inventoryItemId, shop.locationId)).toEqual({ stocked: WAREHOUSE_STOCK, reserved: 0 })
        expect(await stockLevel(getContainer(), vase.inventoryItemId, paris.locationId)).toEqual({ stocked: STORE_STOCK, reserved: 0 })
        // Paid when the goods leave the store: the authorised payment is captured at hand-over.
        expect(await paymentOf(getContainer(), order.id)).toEqual({ amount: 60, captured: 60, refunded: 0 })

        const again = await act(pickup.id, "prepare")
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/it is collected/)
      })
    })

    it("hands over without a code with the order number and last name, logged as a fallback", async () => {
      const { order, pickup } = await collectAt(lyon, vase)
      await act(pickup.id, "ready")
      const wrongName = await act(pickup.id, "hand-over", { order_number: order.display_id, last_name: "Dupont", note: "Phone is dead" })
      expect(wrongName.status).toBe(400)
      const handed = await act(pickup.id, "hand-over", { order_number: order.display_id, last_name: "MARTIN", note: "Phone is dead, ID checked" })
      expect(handed.data).toEqual({ pickup: expect.objectContaining({ status: "collected" }) })
      expect(handed.data.pickup.events.at(-1)).toEqual(
        expect.objectContaining({ action: "hand_over", verification_method: "fallback", note: "Phone is dead, ID checked" }),
      )
    })

    it("locks a pickup out after 5 wrong codes in 15 minutes, even for the right code", async () => {
      const { pickup, email } = await collectAt(lyon, vase)
      await act(pickup.id, "ready")
      const code = (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string
      const wrong = code === "AAAAAA" ? "BBBBBB" : "AAAAAA"
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await act(pickup.id, "hand-over", { code: wrong })).status).toBe(400)
      }
      const locked = await act(pickup.id, "hand-over", { code })
      expect(locked.status).toBe(429)
      expect(locked.data.message).toMatch(/wait 15 minutes/i)
      expect((await api.get(`/staff-api/pickups/${pickup.id}`, lyonStaff)).data.pickup.status).toBe("ready")
    })

    it("checks at most 5 of 30 wrong codes sent at once: the rest answer 429, and the counter stops at the limit", async () => {
      const { pickup, email } = await collectAt(lyon, vase)
      await act(pickup.id, "ready")
      const code = (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string
      const wrong = code === "AAAAAA" ? "BBBBBB" : "AAAAAA"
      const answers = await Promise.all(Array.from({ length: 30 }, () => act(pickup.id, "hand-over", { code: wrong })))
      const statuses = answers.map((a) => a.status)
      // Checked against the code (and refused as wrong): at most the limit; every other one never reached the code.
      expect(statuses.filter((status) => status === 400)).toHaveLength(5)
      expect(statuses.filter((status) => status === 429)).toHaveLength(25)

      const pickups = getContainer().resolve<PickupModuleService>("pickup")
      const [counted] = await pickups.listPickupOrders({ id: pickup.id })
      expect(counted.code_attempts).toBe(5)
      const [, failures] = await pickups.listAndCountPickupEvents({ pickup_order_id: pickup.id, action: "verification_failed" })
      expect(failures).toBe(5)

      // The right code afterwards is refused as well until the window ends (documented in collection-attempts.ts).
      const rightCode = await act(pickup.id, "hand-over", { code })
      expect(rightCode.status).toBe(429)
      const [after] = await pickups.listPickupOrders({ id: pickup.id })
      expect(after).toEqual(expect.objectContaining({ status: "ready", code_attempts: 5 }))
    })

    describe("short pick", () => {
      const orderItems = async (orderId: string) => {
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["total", "items.id", "items.detail.quantity"],
          filters: { id: orderId },
        })
        return { total: Number(data[0].total), quantities: data[0].items.map((item: any) => Number(item.detail.quantity)), itemId: data[0].items[0].id }
      }

      it("takes missing units off the order, keeps the rest reserved at the store, tells the shopper, and charges the new total", async () => {
        const { order, pickup, email } = await collectAt(lyon, vase, 2)
        const { itemId } = await orderItems(order.id)
        const shorted = await act(pickup.id, "short-pick", { items: [{ item_id: itemId, missing_quantity: 1 }], reason: "One arrived broken" })
        expect(shorted.status).toBe(200)
        expect(shorted.data.pickup.status).toBe("preparing")
        expect(shorted.data.pickup.events.at(-1)).toEqual(
          expect.objectContaining({ action: "short_pick", note: "1 × Stoneware vase missing: One arrived broken" }),
        )
        expect(await orderItems(order.id)).toEqual(expect.objectContaining({ total: 30, quantities: [1] }))
        expect((await reservationsOf(getContainer(), order.id)).map((r) => [r.location_id, Number(r.quantity)])).toEqual([[lyon.locationId, 1]])
        expect(await stockLevel(getContainer(), vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: STORE_STOCK, reserved: 1 })
        expect(await stockLevel(getContainer(), vase.inventoryItemId, shop.locationId)).toEqual({ stocked: WAREHOUSE_STOCK, reserved: 0 })
        const told = await lastNotification(getContainer(), email, "pickup-short-picked")
        expect(told?.data).toEqual(
          expect.objectContaining({ missing_items: [{ title: "Stoneware vase", missing_quantity: 1 }], short_pick_reason: "One arrived broken" }),
        )

        // Charged for what is left: captured in full, the missing vase refunded.
        expect(await paymentOf(getContainer(), order.id)).toEqual({ amount: 60, captured: 60, refunded: 30 })
        await act(pickup.id, "ready")
        const code = (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string
        expect((await act(pickup.id, "hand-over", { code })).status).toBe(200)
        expect(await paymentOf(getContainer(), order.id)).toEqual({ amount: 60, captured: 60, refunded: 30 })
        expect(await stockLevel(getContainer(), vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: STORE_STOCK - 1, reserved: 0 })
      })

      it("refuses what does not fit the order, and a pickup already ready, changing nothing", async () => {
        const { order, pickup } = await collectAt(lyon, vase, 2)
        const { itemId } = await orderItems(order.id)
        const tooMany = await act(pickup.id, "short-pick", { items: [{ item_id: itemId, missing_quantity: 3 }], reason: "Broken" })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toBe("Stoneware vase: 3 missing is more than the 2 ordered.")
        const everything = await act(pickup.id, "short-pick", { items: [{ item_id: itemId, missing_quantity: 2 }], reason: "Broken" })
        expect(everything.status).toBe(400)
        expect(everything.data.message).toMatch(/Nothing would be left to collect: reject the order instead/)
        const unknown = await act(pickup.id, "short-pick", { items: [{ item_id: "ordli_unknown", missing_quantity: 1 }], reason: "Broken" })
        expect(unknown.status).toBe(400)
        const noReason = await act(pickup.id, "short-pick", { items: [{ item_id: itemId, missing_quantity: 1 }] })
        expect(noReason.status).toBe(400)
        expect(await orderItems(order.id)).toEqual(expect.objectContaining({ total: 60, quantities: [2] }))

        await act(pickup.id, "ready")
        const tooLate = await act(pickup.id, "short-pick", { items: [{ item_id: itemId, missing_quantity: 1 }], reason: "Broken" })
        expect(tooLate.status).toBe(400)
        expect(tooLate.data.message).toMatch(/Cannot short-pick .* it is ready/)
        expect(await stockLevel(getContainer(), vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: STORE_STOCK, reserved: 2 })
      })
    })

    it("rejects with a reason: the order is cancelled, its reservation released and the shopper told", async () => {
      const { order, pickup, email } = await collectAt(lyon, vase)
      const rejected = await act(pickup.id, "reject", { reason: "The vase is chipped" })
      expect(rejected.status).toBe(200)
      expect(rejected.data.pickup).toEqual(expect.objectContaining({ status: "rejected", reason: "The vase is chipped" }))
      expect((await orderStatus(getContainer(), order.id)).status).toBe("canceled")
      expect(await reservationsOf(getContainer(), order.id)).toEqual([])
      expect((await lastNotification(getContainer(), email, "pickup-rejected"))!.data!.reason).toBe("The vase is chipped")
    })

    it("takes an order cancelled in the admin out of the store's queue", async () => {
      const { order, pickup } = await collectAt(lyon, vase)
      expect((await answer(api.post(`/admin/orders/${order.id}/cancel`, {}, lyonStaff))).status).toBe(401)
      expect((await answer(api.post(`/admin/orders/${order.id}/cancel`, {}, admin))).status).toBe(200)
      await eventually(async () => {
        const { data } = await api.get(`/staff-api/pickups/${pickup.id}`, lyonStaff)
        expect(data.pickup.status).toBe("cancelled")
      })
      const { data } = await api.get("/staff-api/pickups", lyonStaff)
      expect(data.pickups.map((p: any) => p.id)).not.toContain(pickup.id)
    })

    it("validates action bodies strictly", async () => {
      const { pickup } = await collectAt(lyon, vase)
      expect((await act(pickup.id, "reject", {})).status).toBe(400)
      expect((await act(pickup.id, "prepare", { status: "collected" })).status).toBe(400)
      expect((await act(pickup.id, "hand-over", { order_number: 1, last_name: "Martin" })).status).toBe(400)
    })

    it("expires a ready pickup left past its hold period: reservation released, order cancelled, shopper told", async () => {
      const { order, pickup, email } = await collectAt(paris, vase)
      await act(pickup.id, "ready", {}, parisStaff)
      const before = await stockLevel(getContainer(), vase.inventoryItemId, paris.locationId)

      const early = await expireUncollectedPickupsWorkflow(getContainer()).run({
        input: { now: new Date(Date.now() + (HOLD_PERIOD_DAYS - 1) * DAY).toISOString() },
      })
      expect(early.result.expired).not.toContain(pickup.id)

      const { result } = await expireUncollectedPickupsWorkflow(getContainer()).run({
        input: { now: new Date(Date.now() + (HOLD_PERIOD_DAYS + 1) * DAY).toISOString() },
      })
      expect(result).toEqual({ expired: [pickup.id], failed: [] })
      const { data } = await api.get(`/staff-api/pickups/${pickup.id}`, parisStaff)
      expect(data.pickup.status).toBe("expired")
      expect(await reservationsOf(getContainer(), order.id)).toEqual([])
      expect(await stockLevel(getContainer(), vase.inventoryItemId, paris.locationId)).toEqual({ stocked: before.stocked, reserved: before.reserved - 1 })
      expect((await orderStatus(getContainer(), order.id)).status).toBe("canceled")
      expect(await lastNotification(getContainer(), email, "pickup-expired")).not.toBeNull()
    })

    describe("ship to store", () => {
      it("keeps the reservation at the warehouse when the store lacks the goods, then moves the stock when ready", async () => {
        const container = getContainer()
        const bowl = await createStockedProduct(container, shop, { title: "Linen bowl", price: 12, stock: 5 })
        const { order, pickup } = await collectAt(paris, bowl)
        expect(pickup.ship_to_store).toBe(true)
        expect(new Date(pickup.due_at).getTime() - new Date(pickup.created_at).getTime()).toBeGreaterThan(
          (SHIP_TO_STORE_LEAD_TIME_HOURS - 1) * 3_600_000,
        )
        expect((await reservationsOf(container, order.id)).map((r) => r.location_id)).toEqual([shop.locationId])

        expect((await act(pickup.id, "ready", {}, parisStaff)).status).toBe(200)
        expect(await stockLevel(container, bowl.inventoryItemId, shop.locationId)).toEqual({ stocked: 4, reserved: 0 })
        expect(await stockLevel(container, bowl.inventoryItemId, paris.locationId)).toEqual({ stocked: 1, reserved: 1 })
        expect((await reservationsOf(container, order.id)).map((r) => r.location_id)).toEqual([paris.locationId])
      })
    })

    describe("who may see and act on pickups", () => {
      it("keeps Paris staff out of Lyon's pickups: not listed, 404 on detail and actions, 403 on Lyon's queue", async () => {
        const lyonPickupId = (await collectAt(lyon, vase)).pickup.id
        const parisPickupId = (await collectAt(paris, vase)).pickup.id
        const { data } = await api.get("/staff-api/pickups?status=received,preparing,ready,collected", parisStaff)
        expect(data.pickups.map((p: any) => p.id)).toEqual([parisPickupId])

        expect((await answer(api.get(`/staff-api/pickups/${lyonPickupId}`, parisStaff))).status).toBe(404)
        for (const action of ["prepare", "ready", "resend-notification"]) {
          expect((await act(lyonPickupId, action, {}, parisStaff)).status).toBe(404)
        }
        expect((await act(lyonPickupId, "reject", { reason: "Not ours" }, parisStaff)).status).toBe(404)
        expect((await act(lyonPickupId, "hand-over", { code: "ABCDEF" }, parisStaff)).status).toBe(404)
        expect((await answer(api.get(`/staff-api/pickups?location_id=${lyon.locationId}`, parisStaff))).status).toBe(403)

        const { data: unchanged } = await api.get(`/staff-api/pickups/${lyonPickupId}`, lyonStaff)
        expect(unchanged.pickup.status).toBe("received")
      })

      it("answers 401 to an admin user: admins work in /app, store staff at /staff", async () => {
        const office = await signInAsNewAdmin(api, getContainer(), "office@fairmade.test")
        expect((await answer(api.get("/staff-api/pickups", office))).status).toBe(401)
      })

      it("answers 401 without a session, and to a shopper's customer token", async () => {
        const lyonPickupId = (await collectAt(lyon, vase)).pickup.id
        expect((await answer(api.get("/staff-api/pickups"))).status).toBe(401)
        expect((await answer(api.post(`/staff-api/pickups/${lyonPickupId}/prepare`, {}))).status).toBe(401)

        const credentials = { email: "shopper.token@fairmade.test", password: "correct-horse-battery" }
        const { data: registered } = await api.post("/auth/customer/emailpass/register", credentials)
        await api.post("/store/customers", { email: credentials.email }, { headers: { ...shop.store.headers, authorization: `Bearer ${registered.token}` } })
        const { data: signedIn } = await api.post("/auth/customer/emailpass", credentials)
        const shopper = { headers: { authorization: `Bearer ${signedIn.token}` } }
        expect((await answer(api.get("/staff-api/pickups", shopper))).status).toBe(401)
        expect((await answer(api.post(`/staff-api/pickups/${lyonPickupId}/prepare`, {}, shopper))).status).toBe(401)
      })
    })

    describe("for shoppers", () => {
      it("says per store whether a variant is in stock there, comes from the warehouse, or is not available", async () => {
        const container = getContainer()
        const soldOut = await createStockedProduct(container, shop, { title: "Sold-out lamp", price: 40, stock: 0 })
        const onlyInParis = await createStockedProduct(container, shop, { title: "Paris-only print", price: 15, stock: 0 })
        await stockAt(container, onlyInParis.inventoryItemId, paris.locationId, 2)

        const { data } = await api.get(`/store/pickup-availability?variant_ids=${onlyInParis.variantId}`, shop.store)
        const byName = Object.fromEntries(data.stores.map((s: any) => [s.name, s]))
        expect(byName["Paris Test"]).toEqual(
          expect.objectContaining({ can_serve: true, ready_in_hours: STORE_LEAD_TIME_HOURS, shipping_option_ids: [paris.shippingOptionId] }),
        )
        expect(byName["Lyon Test"]).toEqual(expect.objectContaining({ can_serve: false, reason: expect.stringMatching(/Paris-only print/) }))

        const { data: both } = await api.get(`/store/pickup-availability?variant_ids=${vase.variantId},${soldOut.variantId}`, shop.store)
        const lyonAnswer = both.stores.find((s: any) => s.name === "Lyon Test")
        expect(lyonAnswer.lines).toEqual([
          { variant_id: vase.variantId, availability: "in_store" },
          { variant_id: soldOut.variantId, availability: "unavailable" },
        ])
        expect(lyonAnswer.can_serve).toBe(false)

        const bad = await answer(api.get("/store/pickup-availability", shop.store))
        expect(bad.status).toBe(400)
      })

      it("answers for a whole cart, promising the ship-to-store time when the store lacks an item", async () => {
        const container = getContainer()
        const mug = await createStockedProduct(container, shop, { title: "Warehouse mug", price: 9, stock: 8 })
        const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
        await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: vase.variantId, quantity: 1 }, shop.store)
        await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: mug.variantId, quantity: 2 }, shop.store)

        const { data: availability } = await api.get(`/store/pickup-availability?cart_id=${data.cart.id}`, shop.store)
        const lyonAnswer = availability.stores.find((s: any) => s.name === "Lyon Test")
        expect(lyonAnswer).toEqual(expect.objectContaining({ can_serve: true, ready_in_hours: SHIP_TO_STORE_LEAD_TIME_HOURS }))
        expect(lyonAnswer.lines.map((l: any) => l.availability)).toEqual(["in_store", "ship_to_store"])
      })

      it("refuses at checkout a store that cannot serve the whole cart, saying why, and keeps the cart as it was", async () => {
        const container = getContainer()
        const print = await createStockedProduct(container, shop, { title: "Paris-only poster", price: 15, stock: 0 })
        await stockAt(container, print.inventoryItemId, paris.locationId, 2)
        const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
        const cartId = data.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: print.variantId, quantity: 1 }, shop.store)
        const choose = (optionId: string) =>
          answer(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, shop.store))

        const refused = await choose(lyon.shippingOptionId)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^Lyon Test cannot take this order for collection: Paris-only poster .* not in stock/)
        const { data: unchanged } = await api.get(`/store/carts/${cartId}`, shop.store)
        expect(unchanged.cart.shipping_methods).toEqual([])

        expect((await choose(paris.shippingOptionId)).status).toBe(200)
        expect((await choose(shop.shippingOptionId)).status).toBe(200)

        // With a Lyon-only item too, no store has the whole cart.
        const cup = await createStockedProduct(container, shop, { title: "Lyon-only cup", price: 8, stock: 0 })
        await stockAt(container, cup.inventoryItemId, lyon.locationId, 1)
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: cup.variantId, quantity: 1 }, shop.store)
        const parisRefused = await choose(paris.shippingOptionId)
        expect(parisRefused.status).toBe(400)
        expect(parisRefused.data.message).toMatch(/^Paris Test cannot take this order for collection: Lyon-only cup/)
        expect((await choose(lyon.shippingOptionId)).status).toBe(400)
      })

      // medusajs/medusa#10561: items stocked at different locations could not check out together.
      it("takes an order for collection whose items sit at different locations", async () => {
        const container = getContainer()
        const print = await createStockedProduct(container, shop, { title: "Lyon-shelf print", price: 15, stock: 0 })
        await stockAt(container, print.inventoryItemId, lyon.locationId, 2)
        const mug = await createStockedProduct(container, shop, { title: "Warehouse-only mug", price: 9, stock: 5 })

        const order = await placeOrder(api, shop, lyon.shippingOptionId, [
          { variant_id: print.variantId, quantity: 1 },
          { variant_id: mug.variantId, quantity: 1 },
        ], nextEmail())
        const pickup = await pickupOfOrder(container, order.id)
        expect(pickup).toEqual(expect.objectContaining({ location_id: lyon.locationId, ship_to_store: true }))
        expect(await stockLevel(container, print.inventoryItemId, lyon.locationId)).toEqual({ stocked: 2, reserved: 1 })
        expect(await stockLevel(container, mug.inventoryItemId, shop.locationId)).toEqual({ stocked: 5, reserved: 1 })
      })

      // medusajs/medusa#14640: backorderable items wrongly blocked pickup options.
      it("offers collection for a backorderable item with no stock, promising the ship-to-store time", async () => {
        const container = getContainer()
        const madeToOrder = await createStockedProduct(container, shop, { title: "Made-to-order bowl", price: 25, stock: 0, allowBackorder: true })
        const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
        await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: madeToOrder.variantId, quantity: 1 }, shop.store)
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${data.cart.id}`, shop.store)
        expect(options.shipping_options.map((option: any) => option.id)).toEqual(expect.arrayContaining([lyon.shippingOptionId, paris.shippingOptionId]))
        const { data: availability } = await api.get(`/store/pickup-availability?cart_id=${data.cart.id}`, shop.store)
        expect(availability.stores.find((s: any) => s.name === "Lyon Test")).toEqual(
          expect.objectContaining({ can_serve: true, ready_in_hours: SHIP_TO_STORE_LEAD_TIME_HOURS }),
        )

        const order = await placeOrder(api, shop, lyon.shippingOptionId, [{ variant_id: madeToOrder.variantId, quantity: 1 }], nextEmail())
        expect(await pickupOfOrder(container, order.id)).toEqual(expect.objectContaining({ location_id: lyon.locationId, ship_to_store: true }))
      })

      it("lists the stores with their pickup settings and collection options", async () => {
        const { data } = await api.get("/store/pickup-locations", shop.store)
        expect(data.pickup_locations.map((l: any) => l.name)).toEqual(["Lyon Test", "Paris Test"])
        expect(data.pickup_locations[0]).toEqual(
          expect.objectContaining({
            lead_time_hours: STORE_LEAD_TIME_HOURS,
            hold_period_days: HOLD_PERIOD_DAYS,
            pickup_instructions: "Ask at the till of Lyon Test.",
            shipping_option_ids: [lyon.shippingOptionId],
          }),
        )
      })

      it("shows a guest the pickup's status and store, but not the code (that comes by e-mail)", async () => {
        const { order, pickup } = await collectAt(lyon, vase)
        await act(pickup.id, "ready")
        // The order id alone opens nothing: only the browser that placed it, naming its cart.
        expect((await answer(api.get(`/store/orders/${order.id}/pickup`, shop.store))).status).toBe(404)
        const placedHere = { headers: { ...shop.store.headers, "x-order-cart-id": order.cart_id } }
        const { data } = await api.get(`/store/orders/${order.id}/pickup`, placedHere)
        expect(data.pickup).toEqual(
          expect.objectContaining({ status: "ready", code: null, store: expect.objectContaining({ name: "Lyon Test" }) }),
        )
        expect(JSON.stringify(data)).not.toMatch(/sealed/)
      })

      it("opens no pickup for home delivery", async () => {
        const order = await placeOrder(api, shop, shop.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], nextEmail())
        const { result } = await createPickupForOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(result).toBeNull()
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "pickup_order", fields: ["id"], filters: { order_id: order.id } })
        expect(data).toEqual([])
        expect((await answer(api.get(`/store/orders/${order.id}/pickup`, shop.store))).status).toBe(404)
      })
    })

    it("keeps store settings in the location's metadata, editable by admins", async () => {
      const byStaff = await answer(api.post(`/admin/pickup-settings/${paris.locationId}`, { enabled: false, lead_time_hours: 1, ship_to_store_lead_time_hours: 1, hold_period_days: 1, instructions: null }, lyonStaff))
      expect(byStaff.status).toBe(401)
      const saved = await answer(
        api.post(
          `/admin/pickup-settings/${paris.locationId}`,
          { enabled: true, lead_time_hours: 4, ship_to_store_lead_time_hours: 24, hold_period_days: 5, instructions: "Back door" },
          admin,
        ),
      )
      expect(saved.status).toBe(200)
      const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({ id: paris.locationId })
      expect(location.metadata).toEqual(expect.objectContaining({ kind: "store", pickup_lead_time_hours: 4, hold_period_days: 5, pickup_instructions: "Back door" }))
      const warehouse = await answer(
        api.post(
          `/admin/pickup-settings/${shop.locationId}`,
          { enabled: true, lead_time_hours: 4, ship_to_store_lead_time_hours: 24, hold_period_days: 5, instructions: null },
          admin,
        ),
      )
      expect(warehouse.status).toBe(400)
      expect(warehouse.data.message).toMatch(/not a store/)

      const settings = { enabled: true, lead_time_hours: 4, ship_to_store_lead_time_hours: 24, hold_period_days: 5, instructions: null }
      const zoned = await answer(api.post(`/admin/pickup-settings/${paris.locationId}`, { ...settings, time_zone: "Europe/Lisbon" }, admin))
      expect(zoned.data.settings.time_zone).toBe("Europe/Lisbon")
      const badZone = await answer(api.post(`/admin/pickup-settings/${paris.locationId}`, { ...settings, time_zone: "Europe/Atlantis" }, admin))
      expect(badZone.status).toBe(400)
      expect(badZone.data.message).toMatch(/IANA time zone/)
    })
  },
})
