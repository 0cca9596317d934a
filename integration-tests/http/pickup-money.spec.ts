/**
 * Money and recovery at the pickup counter: short picks refund what the missing
 * units were paid (promotions deducted, rounded once), unpaid orders are not handed
 * over until paid at the till, interrupted hand-overs complete on retry, and every
 * collection order gets exactly one pickup. Amounts are worked out by hand.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createOrderFulfillmentWorkflow,
  createPromotionsWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createPickupForOrderWorkflow, reconcilePickupsWorkflow } from "@fairmade/click-and-collect/workflows"
import type PickupModuleService from "../../plugins/click-and-collect/src/modules/pickup/service"
import { BACKEND_DIR } from "../helpers/backend"
import { answer, SHIPPING_ADDRESS } from "../helpers/checkout"
import { createShop, createStockedProduct, stockLevel, type Shop, type StockedProduct } from "../helpers/fixtures"
import {
  createPickupStore,
  lastNotification,
  markWarehouse,
  pickupOfOrder,
  reservationsOf,
  signInAsStaff,
  stockAt,
  type PickupStore,
} from "../helpers/pickup-stores"
import { staffAdmin } from "../helpers/staff"

jest.setTimeout(240_000)

const STAFF_PICKUPS = "/staff-api/pickups"

/** Sums of an order's payments, as strings of exact decimals (no float arithmetic in the assertions). */
async function moneyOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "total",
      "shipping_total",
      "payment_collections.payments.amount",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const payments = data[0].payment_collections.flatMap((collection: any) => collection.payments ?? [])
  const cents = (value: unknown) => Math.round(Number(value) * 1000) // to thousandths of a euro, exact for these amounts
  const sum = (rows: any[] | undefined) => (rows ?? []).reduce((total: number, row: any) => total + cents(row.amount), 0)
  const euros = (thousandths: number) => (thousandths / 1000).toFixed(3)
  const captured = payments.reduce((total: number, payment: any) => total + sum(payment.captures), 0)
  const refunded = payments.reduce((total: number, payment: any) => total + sum(payment.refunds), 0)
  return {
    total: euros(cents(data[0].total)),
    shipping_total: euros(cents(data[0].shipping_total)),
    captured: euros(captured),
    refunded: euros(refunded),
    paid: euros(captured - refunded),
    refunds: payments.flatMap((payment: any) => (payment.refunds ?? []).map((refund: any) => euros(cents(refund.amount)))),
  }
}

async function orderLines(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["total", "items.id", "items.title", "items.detail.quantity", "items.total", "items.variant_id"],
    filters: { id: orderId },
  })
  return data[0].items.map((item: any) => ({ id: item.id, variant_id: item.variant_id, quantity: Number(item.detail.quantity), total: Number(item.total) }))
}

async function fulfillmentsOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["fulfillments.id", "fulfillments.location_id", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })
  return data[0].fulfillments
}

async function pickupRows(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "pickup_order",
    fields: ["id", "status", "pending_action"],
    filters: { order_id: orderId },
  })
  return data
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let staff: { headers: Record<string, string> }
    let mug: StockedProduct
    let plate: StockedProduct
    let bowl: StockedProduct
    let vase: StockedProduct
    let count = 0
    const nextEmail = () => `money${++count}@fairmade.test`

    const act = (id: string, action: string, body: unknown = {}) => answer(api.post(`${STAFF_PICKUPS}/${id}/${action}`, body, staff))
    const detail = async (id: string) => (await api.get(`${STAFF_PICKUPS}/${id}`, staff)).data.pickup

    /** A guest order collected at Lyon, with promo codes applied to the cart before paying. */
    async function orderWith(items: { variant_id: string; quantity: number }[], { codes = [] as string[], optionId = "" } = {}) {
      const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
      const cartId = data.cart.id
      for (const item of items) await api.post(`/store/carts/${cartId}/line-items`, item, shop.store)
      const email = nextEmail()
      await api.post(`/store/carts/${cartId}`, { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS }, shop.store)
      if (codes.length) await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: codes }, shop.store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId || lyon.shippingOptionId }, shop.store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, shop.store)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      if (completed.type !== "order") throw new Error(JSON.stringify(completed))
      const pickup = await pickupOfOrder(getContainer(), completed.order.id)
      return { order: completed.order, pickup, email }
    }

    async function readyWithCode(pickupId: string, email: string) {
      expect((await act(pickupId, "ready")).status).toBe(200)
      return (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Money shop")
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon Money")
      mug = await createStockedProduct(container, shop, { title: "Half-price mug", price: 11.9, stock: 0 })
      plate = await createStockedProduct(container, shop, { title: "Plate", price: 12.35, stock: 0 })
      bowl = await createStockedProduct(container, shop, { title: "Bowl", price: 7.99, stock: 0 })
      vase = await createStockedProduct(container, shop, { title: "Vase", price: 19.99, stock: 0 })
      for (const product of [mug, plate, bowl, vase]) await stockAt(container, product.inventoryItemId, lyon.locationId, 20)
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            {
              code: "HALFMUG",
              type: "standard",
              status: "active",
              application_method: {
                type: "percentage",
                target_type: "items",
                allocation: "across",
                value: 50,
                target_rules: [{ attribute: "items.product.id", operator: "in", values: [mug.productId] }],
              },
            },
            {
              code: "TENOFF",
              type: "standard",
              status: "active",
              application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
            },
          ],
        },
      })
      staff = await signInAsStaff(api, container, "money.staff@fairmade.test", [lyon.locationId])
    })

    describe("short pick refunds what the missing units were paid", () => {
      it("2 × 11.90 at 50 % off (11.90 paid), one missing: refunds exactly 5.95; the kept unit stays paid 5.95", async () => {
        const { order, pickup, email } = await orderWith([{ variant_id: mug.variantId, quantity: 2 }], { codes: ["HALFMUG"] })
        // 2 × 11.90 = 23.80, 50 % off = 11.90 discount: 11.90 to pay.
        expect((await moneyOf(getContainer(), order.id)).total).toBe("11.900")
        const [line] = await orderLines(getContainer(), order.id)
        const shorted = await act(pickup.id, "short-pick", { items: [{ item_id: line.id, missing_quantity: 1 }], reason: "One is chipped" })
        expect(shorted.status).toBe(200)
        // Per unit: 11.90 ÷ 2 = 5.95 paid; one missing → 5.95 back (not 11.899999999999999, not the full price).
        const money = await moneyOf(getContainer(), order.id)
        expect(money).toEqual(expect.objectContaining({ total: "5.950", captured: "11.900", refunded: "5.950", paid: "5.950", refunds: ["5.950"] }))
        expect(await orderLines(getContainer(), order.id)).toEqual([expect.objectContaining({ quantity: 1, total: 5.95 })])
        const told = await lastNotification(getContainer(), email, "pickup-short-picked")
        expect(told!.data!.refund).toEqual({ amount: "5.95", currency_code: "eur" })

        // The kept unit is paid: the hand-over takes nothing more and refunds nothing.
        const code = await readyWithCode(pickup.id, email)
        expect((await detail(pickup.id)).payment).toEqual(expect.objectContaining({ total: "5.95", paid: "5.95", to_take_at_till: "0.00" }))
        expect((await act(pickup.id, "hand-over", { code })).status).toBe(200)
        expect(await moneyOf(getContainer(), order.id)).toEqual(expect.objectContaining({ captured: "11.900", refunded: "5.950", paid: "5.950" }))
      })

      it("10 % off the order over three lines: each line's refund is its paid share, rounded once", async () => {
        const { order, pickup } = await orderWith(
          [
            { variant_id: plate.variantId, quantity: 2 },
            { variant_id: bowl.variantId, quantity: 3 },
            { variant_id: vase.variantId, quantity: 1 },
          ],
          { codes: ["TENOFF"] },
        )
        // Subtotal: 2 × 12.35 = 24.70; 3 × 7.99 = 23.97; 1 × 19.99 = 19.99; together 68.66.
        // 10 % spread over the lines: 2.470, 2.397, 1.999 (6.866 in all).
        // Line totals: 24.70 − 2.470 = 22.230; 23.97 − 2.397 = 21.573; 19.99 − 1.999 = 17.991 → order 61.794.
        expect((await moneyOf(getContainer(), order.id)).total).toBe("61.794")
        const lines = await orderLines(getContainer(), order.id)
        const lineOf = (product: StockedProduct) => lines.find((line: any) => line.variant_id === product.variantId)!
        const shorted = await act(pickup.id, "short-pick", {
          items: [
            { item_id: lineOf(plate).id, missing_quantity: 1 },
            { item_id: lineOf(bowl).id, missing_quantity: 2 },
          ],
          reason: "Short delivery",
        })
        expect(shorted.status).toBe(200)
        // Plate: 22.230 × 1 ÷ 2 = 11.115 → 11.12 (half up, once).
        // Bowls: 21.573 × 2 ÷ 3 = 14.382 → 14.38.
        // Refund 11.12 + 14.38 = 25.50. New total 61.794 − 25.50 = 36.294; paid 61.79 (captured to the cent) − 25.50 = 36.29.
        const money = await moneyOf(getContainer(), order.id)
        expect(money).toEqual(expect.objectContaining({ refunded: "25.500", total: "36.294" }))
        expect(money.captured).toBe("61.790")
      })

      it("free collection above the threshold stays free when a short pick takes the order back under it", async () => {
        const container = getContainer()
        // Collection costs 3.90 under 50 of items, nothing from 50 (like the demo's free delivery threshold).
        const [set] = await container.resolve(Modules.FULFILLMENT).listFulfillmentSets({ name: `${lyon.name} pickup` }, { relations: ["service_zones"] })
        const { result } = await createShippingOptionsWorkflow(container).run({
          input: [
            {
              name: "Collect in store — priced",
              price_type: "flat",
              provider_id: "manual_manual",
              service_zone_id: set.service_zones[0].id,
              shipping_profile_id: shop.shippingProfileId,
              type: { label: "Click & collect", code: "pickup-priced", description: "Collect at Lyon" },
              prices: [
                { currency_code: "eur", amount: 3.9 },
                { currency_code: "eur", amount: 0, rules: [{ attribute: "item_total", operator: "gte", value: 50 }] },
              ],
              rules: [
                { attribute: "enabled_in_store", value: "true", operator: "eq" },
                { attribute: "is_return", value: "false", operator: "eq" },
              ],
            },
          ],
        })
        const { order, pickup } = await orderWith([{ variant_id: vase.variantId, quantity: 3 }], { optionId: result[0].id })
        // 3 × 19.99 = 59.97 ≥ 50: collection free, 59.97 paid.
        expect(await moneyOf(container, order.id)).toEqual(expect.objectContaining({ total: "59.970", shipping_total: "0.000" }))
        const [line] = await orderLines(container, order.id)
        expect((await act(pickup.id, "short-pick", { items: [{ item_id: line.id, missing_quantity: 2 }], reason: "Broken" })).status).toBe(200)
        // Rule: the collection price is the one of checkout. 19.99 of items is under 50, but the 3.90 is not charged:
        // refund exactly the two vases (59.97 × 2 ÷ 3 = 39.98), nothing kept back for collection.
        expect(await moneyOf(container, order.id)).toEqual(
          expect.objectContaining({ total: "19.990", shipping_total: "0.000", refunded: "39.980", paid: "19.990" }),
        )
      })
    })

    describe("no hand-over without payment", () => {
      /** A draft order made in the admin for collection at Lyon and converted: an order with nothing paid. */
      async function convertedDraftOrder(quantity: number) {
        const admin = await staffAdmin(api, getContainer())
        const email = nextEmail()
        const { data } = await api.post(
          "/admin/draft-orders",
          {
            email,
            region_id: shop.regionId,
            sales_channel_id: shop.salesChannelId,
            shipping_address: SHIPPING_ADDRESS,
            billing_address: SHIPPING_ADDRESS,
            items: [{ variant_id: mug.variantId, quantity }],
            shipping_methods: [{ shipping_option_id: lyon.shippingOptionId, name: "Collect in store", amount: 0 }],
          },
          admin,
        )
        const { data: converted } = await api.post(`/admin/draft-orders/${data.draft_order.id}/convert-to-order`, {}, admin)
        const orderId = converted.order.id
        const pickup = await pickupOfOrder(getContainer(), orderId)
        return { orderId, pickup, email }
      }

      it("refuses to hand over a converted draft order that is not paid, and changes nothing", async () => {
        const { orderId, pickup, email } = await convertedDraftOrder(2)
        const code = await readyWithCode(pickup.id, email)
        const before = await stockLevel(getContainer(), mug.inventoryItemId, lyon.locationId)
        expect((await detail(pickup.id)).payment).toEqual(expect.objectContaining({ total: "23.80", paid: "0.00", to_take_at_till: "23.80" }))

        const refused = await act(pickup.id, "hand-over", { code })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("Not paid: 23.80 EUR to take at the till. Record the counter payment, then hand the order over.")
        const after = await detail(pickup.id)
        expect(after).toEqual(expect.objectContaining({ status: "ready", interrupted: null }))
        expect(after.events.map((event: any) => event.action)).toEqual(["created", "ready", "notified"])
        expect(await fulfillmentsOf(getContainer(), orderId)).toEqual([])
        expect(await stockLevel(getContainer(), mug.inventoryItemId, lyon.locationId)).toEqual(before)
        expect((await reservationsOf(getContainer(), orderId)).map((r) => [r.location_id, Number(r.quantity)])).toEqual([[lyon.locationId, 2]])
      })

      it("takes cash at the till with change, then hands over: the order is paid", async () => {
        const { orderId, pickup, email } = await convertedDraftOrder(2)
        const code = await readyWithCode(pickup.id, email)
        // 23.80 due; 30.00 handed over → 6.20 change.
        const paid = await act(pickup.id, "counter-payment", { method: "cash", amount: 30 })
        expect(paid.status).toBe(200)
        expect(paid.data.counter_payment).toEqual({ method: "cash", currency_code: "eur", due: "23.80", tendered: "30.00", change: "6.20" })
        expect(paid.data.pickup.payment).toEqual(expect.objectContaining({ paid: "23.80", to_take_at_till: "0.00" }))
        expect(paid.data.pickup.events.at(-1)).toEqual(
          expect.objectContaining({ action: "counter_payment", note: "Cash: 23.80 EUR paid at the till, 30.00 EUR received, 6.20 EUR change given." }),
        )
        const again = await act(pickup.id, "counter-payment", { method: "cash", amount: 30 })
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/Nothing to take at the till/)

        expect((await act(pickup.id, "hand-over", { code })).status).toBe(200)
        expect(await moneyOf(getContainer(), orderId)).toEqual(expect.objectContaining({ total: "23.800", captured: "23.800", refunded: "0.000", paid: "23.800" }))
        expect((await detail(pickup.id)).payment).toEqual(expect.objectContaining({ paid: "23.80", to_take_at_till: "0.00" }))
        expect(await stockLevel(getContainer(), mug.inventoryItemId, lyon.locationId)).toEqual(expect.objectContaining({ stocked: 18 }))
      })

      it("refuses bad counter payments with a 400 that says what to fix", async () => {
        const { orderId, pickup, email } = await convertedDraftOrder(1)
        await readyWithCode(pickup.id, email)
        const cases: [unknown, RegExp][] = [
          [{ method: "cash", amount: 0 }, /more than 0/],
          [{ method: "cash", amount: -5 }, /more than 0/],
          [{ method: "cheque", amount: 20 }, /'card, cash' for field 'method'/],
          [{ method: "card", amount: 10 }, /^10\.00 EUR is less than the 11\.90 EUR due\.$/],
          [{ method: "card", amount: 20 }, /card payment takes exactly the 11\.90 EUR due/],
          [{ method: "cash", amount: 11.899 }, /more decimals than EUR allows/],
          [{ method: "cash" }, /amount/i],
        ]
        for (const [body, message] of cases) {
          const refused = await act(pickup.id, "counter-payment", body)
          expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 400])
          expect(refused.data.message).toMatch(message)
        }
        expect(await moneyOf(getContainer(), orderId)).toEqual(expect.objectContaining({ captured: "0.000" }))
        const card = await act(pickup.id, "counter-payment", { method: "card", amount: "11.90" })
        expect(card.data.counter_payment).toEqual(expect.objectContaining({ due: "11.90", change: "0.00" }))
      })
    })

    describe("recovery", () => {
      it("completes a hand-over interrupted after the fulfillment was made, without 'No stock reservation found'", async () => {
        const container = getContainer()
        const { order, pickup, email } = await orderWith([{ variant_id: vase.variantId, quantity: 2 }])
        const code = await readyWithCode(pickup.id, email)
        const before = await stockLevel(container, vase.inventoryItemId, lyon.locationId)
        // What a run killed after its fulfillment step leaves: the operation recorded, the reservations consumed.
        await container.resolve<PickupModuleService>("pickup").updatePickupOrders({ id: pickup.id, pending_action: "hand_over", pending_plan: { verification_method: "code" }, pending_since: new Date() })
        const lines = await orderLines(container, order.id)
        await createOrderFulfillmentWorkflow(container).run({
          input: { order_id: order.id, location_id: lyon.locationId, items: lines.map((line: any) => ({ id: line.id, quantity: line.quantity })) },
        })
        expect(await reservationsOf(container, order.id)).toEqual([])
        expect((await detail(pickup.id)).interrupted).toBe("hand_over")

        const retried = await act(pickup.id, "retry")
        expect(retried.status).toBe(200)
        expect(retried.data.pickup).toEqual(expect.objectContaining({ status: "collected", interrupted: null }))
        const fulfillments = await fulfillmentsOf(container, order.id)
        expect(fulfillments).toEqual([expect.objectContaining({ location_id: lyon.locationId, delivered_at: expect.anything(), canceled_at: null })])
        // Stock left the store once: 2 units, reservations gone.
        expect(await stockLevel(container, vase.inventoryItemId, lyon.locationId)).toEqual({ stocked: before.stocked - 2, reserved: before.reserved - 2 })
        expect(await moneyOf(container, order.id)).toEqual(expect.objectContaining({ captured: "39.980", refunded: "0.000" }))
        expect((await act(pickup.id, "retry")).status).toBe(400)
        expect((await act(pickup.id, "hand-over", { code })).status).toBe(400)
      })

      it("gives an order whose pickup was never opened exactly one, however often the reconciliation runs", async () => {
        const container = getContainer()
        const { order, pickup } = await orderWith([{ variant_id: plate.variantId, quantity: 1 }])
        // As if the process died before the order.placed subscriber ran: no pickup row.
        const pickups = container.resolve<PickupModuleService>("pickup")
        await pickups.deletePickupEvents((await pickups.listPickupEvents({ pickup_order_id: pickup.id })).map((event: any) => event.id))
        await pickups.deletePickupOrders(pickup.id)
        expect(await pickupRows(container, order.id)).toEqual([])

        const { result: first } = await reconcilePickupsWorkflow(container).run({ input: {} })
        expect(first).toEqual({ opened: [order.id], failed: [] })
        const { result: second } = await reconcilePickupsWorkflow(container).run({ input: {} })
        expect(second).toEqual({ opened: [], failed: [] })
        // The subscriber delivered late, too: still one.
        const { result: late } = await createPickupForOrderWorkflow(container).run({ input: { order_id: order.id } })
        expect(late).toBeNull()
        const rows = await pickupRows(container, order.id)
        expect(rows).toEqual([expect.objectContaining({ status: "received" })])
        expect((await reservationsOf(container, order.id)).map((r) => r.location_id)).toEqual([lyon.locationId])
      })
    })
  },
})
