import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BACKEND_DIR } from "../helpers/backend"
import { answer } from "../helpers/checkout"
import { createProductWithVariants, createStockedProduct, type ProductWithVariants, type Shop, type StockedProduct } from "../helpers/fixtures"
import {
  createOrderPromotion,
  createReturnsShop,
  placeDeliveredOrder,
  refundedOnOrder,
  stockedAt,
  type Stores,
} from "../helpers/returns"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

/**
 * Exchanges at the counter (another variant of the same product from the store's
 * shelf instead of a refund) and concurrent counter actions on one return.
 */
medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let stores: Stores
    let cushion: ProductWithVariants
    let candle: StockedProduct
    let shopper: Shop
    let lyonStaff: Headers
    let parisStaff: Headers

    beforeAll(async () => {
      const container = getContainer()
      ;({ shop, stores, shopper, lyonStaff, parisStaff } = await createReturnsShop(api, container))
      const { warehouseId, lyonId, parisId } = stores
      cushion = await createProductWithVariants(container, shop, "Linen cushion", [
        { title: "Ochre", price: 30, stock: { [warehouseId]: 20, [lyonId]: 0 } },
        { title: "Sage", price: 30, stock: { [warehouseId]: 20, [lyonId]: 3, [parisId]: 3 } },
        { title: "Small", price: 20, stock: { [warehouseId]: 20, [lyonId]: 2 } },
        { title: "Large", price: 45, stock: { [warehouseId]: 20, [lyonId]: 2 } },
        { title: "Indigo", price: 30, stock: { [warehouseId]: 20, [parisId]: 5 } },
      ])
      candle = await createStockedProduct(container, shop, { title: "Zinc candle holder", price: 30, stock: 50 })
      await createOrderPromotion(container, "CUSHION15", 15)
    })

    const variant = (title: string) => cushion.variants[title]
    /** A delivered order of one unit of a cushion colour, and its return booked for drop-off at Lyon. */
    async function returnAtLyon(colour: string, reason_code = "changed_mind", { capture = true, promoCode = undefined as string | undefined, quantity = 1 } = {}) {
      const placed = await placeDeliveredOrder(api, getContainer(), shopper, [{ variant_id: variant(colour).variantId, quantity }], { capture, promoCode })
      const line = placed.items[0].id
      const { data } = await api.post(
        "/store/return-requests",
        { order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId, items: [{ id: line, quantity, reason_code }] },
        shopper.store,
      )
      return { orderId: placed.id, line, id: data.return_request.id as string }
    }
    const receive = (id: string, items: unknown[], as: Headers = lyonStaff) =>
      answer(api.post(`/staff-api/store-returns/${id}/receive`, { items }, as))
    /** Stocked units of every cushion colour (and the candle) at every location, to compare before and after. */
    async function stockSnapshot() {
      const container = getContainer()
      const snapshot: Record<string, number> = {}
      const items = { ...Object.fromEntries(Object.entries(cushion.variants).map(([title, v]) => [title, v.inventoryItemId])), candle: candle.inventoryItemId }
      for (const [title, inventoryItemId] of Object.entries(items)) {
        for (const [where, locationId] of Object.entries(stores)) snapshot[`${title}@${where}`] = await stockedAt(container, inventoryItemId, locationId)
      }
      return snapshot
    }
    async function exchangesOf(orderId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order_exchange",
        fields: ["id", "canceled_at", "additional_items.quantity", "additional_items.item.variant_id"],
        filters: { order_id: orderId },
      })
      return (data as any[]).filter((exchange) => !exchange.canceled_at)
    }
    async function reservedAt(inventoryItemId: string, locationId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "reservation",
        fields: ["id", "quantity"],
        filters: { inventory_item_id: inventoryItemId, location_id: locationId },
      })
      return (data as any[]).reduce((sum, reservation) => sum + Number(reservation.quantity), 0)
    }
    /** Medusa's own view of the order's balance, and its payment collections, after the counter is done. */
    async function balanceOf(orderId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["summary.*", "payment_collections.status", "payment_collections.amount"],
        filters: { id: orderId },
      })
      const order = data[0] as any
      return {
        pending_difference: Number(order.summary?.pending_difference ?? NaN),
        collections: order.payment_collections.map((collection: any) => [collection.status, Number(collection.amount)]),
      }
    }
    const withChange = (before: Record<string, number>, change: Record<string, number>) => {
      const expected = { ...before }
      for (const [key, delta] of Object.entries(change)) expected[key] += delta
      return expected
    }

    it("exchanges for another colour at the same price: no money moves, stock moves only at the store", async () => {
      const { orderId, line, id } = await returnAtLyon("Ochre")
      const before = await stockSnapshot()

      const exchanged = await receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Sage").variantId }])
      expect([exchanged.status, exchanged.data.message]).toEqual([200, undefined])
      expect(exchanged.data.store_return).toEqual(
        expect.objectContaining({ status: "no_refund_due", return_status: "received", refunded_amount: 0, pending_refund_amount: 0 }),
      )
      const [visit] = exchanged.data.store_return.visits
      expect(visit.exchange_id).toEqual(expect.any(String))
      expect(visit.lines).toEqual([
        expect.objectContaining({
          item_id: line, restocked: true, refund_amount: "0",
          exchanged_for: expect.objectContaining({ variant_id: variant("Sage").variantId, title: "Linen cushion — Sage", charge: "30" }),
        }),
      ])
      // The Ochre cushion back on Lyon's shelf, a Sage one off it; the warehouse and Paris untouched.
      expect(await stockSnapshot()).toEqual(withChange(before, { "Ochre@lyonId": 1, "Sage@lyonId": -1 }))
      expect(await reservedAt(variant("Sage").inventoryItemId, stores.lyonId)).toBe(0)
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(0)
      const { data: mine } = await api.get(`/store/return-requests/${id}`, shopper.store)
      expect(mine.return_request).toEqual(expect.objectContaining({
        status: "no_refund_due", exchanged_for: [{ quantity: 1, title: "Linen cushion — Sage", charge: "30" }],
      }))
      expect(mine.return_request.visits).toBeUndefined()
      const exchanges = await exchangesOf(orderId)
      expect(exchanges).toHaveLength(1)
      expect(exchanges[0].additional_items).toEqual([expect.objectContaining({ quantity: 1, item: expect.objectContaining({ variant_id: variant("Sage").variantId }) })])
      // Medusa's order balance agrees: nothing owed either way, no new payment asked for.
      expect(await balanceOf(orderId)).toEqual({ pending_difference: 0, collections: [["completed", expect.any(Number)]] })
    })

    it("exchanges a unit damaged in transit for a cheaper size, refunding the difference, without restocking the damaged one", async () => {
      const { orderId, line, id } = await returnAtLyon("Large", "damaged_in_transit")
      const before = await stockSnapshot()

      const exchanged = await receive(id, [{ id: line, quantity: 1, condition: "damaged", exchange_for_variant_id: variant("Small").variantId }])
      expect([exchanged.status, exchanged.data.message]).toEqual([200, undefined])
      // Paid 45 for the large one; the small one costs 20 of it: 25 back to the original payment.
      expect(exchanged.data.store_return).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: 25, pending_refund_amount: 0 }))
      expect(exchanged.data.store_return.visits[0].lines).toEqual([
        expect.objectContaining({ condition: "damaged", restocked: false, refund_amount: "25", exchanged_for: expect.objectContaining({ charge: "20" }) }),
      ])
      expect(await stockSnapshot()).toEqual(withChange(before, { "Small@lyonId": -1 }))
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(25)
      // Medusa's order balance agrees: nothing owed either way, no new payment asked for.
      expect(await balanceOf(orderId)).toEqual({ pending_difference: 0, collections: [["completed", expect.any(Number)]] })
    })

    it("prices a cheaper exchange from what the shopper paid after a promotion, never refunding more than the difference", async () => {
      const { orderId, line, id } = await returnAtLyon("Large", "wrong_size_colour", { promoCode: "CUSHION15" })
      const exchanged = await receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Small").variantId }])
      expect([exchanged.status, exchanged.data.message]).toEqual([200, undefined])
      // 45 less 15 % = 38.25 paid; the small one costs 38.25 × 20 / 45 = 17 of it; 21.25 back.
      expect(exchanged.data.store_return.visits[0].lines[0]).toEqual(
        expect.objectContaining({ refund_amount: "21.25", exchanged_for: expect.objectContaining({ charge: "17" }) }),
      )
      expect(exchanged.data.store_return).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: 21.25 }))
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(21.25)
    })

    it("exchanges one unit of a line and refunds the other in the same visit", async () => {
      const { orderId, line, id } = await returnAtLyon("Ochre", "changed_mind", { quantity: 2 })
      const before = await stockSnapshot()
      const visit = await receive(id, [
        { id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Sage").variantId },
        { id: line, quantity: 1, condition: "resellable" },
      ])
      expect([visit.status, visit.data.message]).toEqual([200, undefined])
      expect(visit.data.store_return).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: 30, return_status: "received" }))
      expect(visit.data.store_return.items).toEqual([expect.objectContaining({ item_id: line, quantity: 2, received_quantity: 2 })])
      expect(await stockSnapshot()).toEqual(withChange(before, { "Ochre@lyonId": 2, "Sage@lyonId": -1 }))
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(30)
    })

    it("takes exchanges only at a return's first visit", async () => {
      const { line, id } = await returnAtLyon("Ochre", "changed_mind", { quantity: 2 })
      expect((await receive(id, [{ id: line, quantity: 1, condition: "resellable" }])).status).toBe(200)
      const before = await stockSnapshot()
      const late = await receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Sage").variantId }])
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/^Part of this return was already received: exchanges are taken at its first counter visit\./)
      expect(await stockSnapshot()).toEqual(before)
    })

    it("refuses exchanges it cannot honour, saying why, and changes nothing", async () => {
      const { orderId, line, id } = await returnAtLyon("Ochre")
      const before = await stockSnapshot()
      const exchangeFor = (variantId: string, extra: Record<string, unknown> = {}, as: Headers = lyonStaff) =>
        receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variantId, ...extra }], as)

      const outOfStock = await exchangeFor(variant("Indigo").variantId)
      expect(outOfStock.status).toBe(400)
      expect(outOfStock.data.message).toBe('Only 0 unit(s) of "Linen cushion — Indigo" are in stock at this store; 1 needed for the exchange.')
      const dearer = await exchangeFor(variant("Large").variantId)
      expect(dearer.status).toBe(400)
      expect(dearer.data.message).toMatch(/^"Linen cushion — Large" costs 45 EUR, more than the 30 EUR of "Linen cushion"\. .*refund this item and sell the other at the till\.$/)
      const otherProduct = await exchangeFor(candle.variantId)
      expect(otherProduct.status).toBe(400)
      expect(otherProduct.data.message).toBe('"Linen cushion" can only be exchanged for another variant of the same product.')
      const notFault = await exchangeFor(variant("Sage").variantId, { condition: "damaged" })
      expect(notFault.status).toBe(400)
      expect(notFault.data.message).toMatch(/written off without credit, so it cannot be exchanged/)
      expect((await exchangeFor(variant("Sage").variantId, { price: 0 })).status).toBe(400)
      expect((await exchangeFor("")).status).toBe(400)
      // Paris staff do not see Lyon's returns, let alone hand over Paris stock for them.
      expect((await exchangeFor(variant("Indigo").variantId, {}, parisStaff)).status).toBe(404)

      expect(await stockSnapshot()).toEqual(before)
      expect(await reservedAt(variant("Sage").inventoryItemId, stores.lyonId)).toBe(0)
      expect(await exchangesOf(orderId)).toEqual([])
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(0)
      const { data } = await api.get(`/staff-api/store-returns/${id}`, lyonStaff)
      expect(data.store_return).toEqual(expect.objectContaining({ status: "requested", return_status: "requested", visits: [] }))
    })

    it("rolls the whole exchange back when handing the new item over fails", async () => {
      const { orderId, line, id } = await returnAtLyon("Ochre")
      const before = await stockSnapshot()
      const { data: booked } = await api.get(`/staff-api/store-returns/${id}`, lyonStaff)
      const jam = jest.spyOn(getContainer().resolve(Modules.FULFILLMENT), "createFulfillment").mockRejectedValueOnce(new Error("Label printer jammed"))
      const failed = await receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Sage").variantId }])
      jam.mockRestore()
      // Not the staff's input: a server-side failure, answered as one.
      expect(failed.status).toBe(500)

      expect(await stockSnapshot()).toEqual(before)
      expect(await reservedAt(variant("Sage").inventoryItemId, stores.lyonId)).toBe(0)
      expect(await exchangesOf(orderId)).toEqual([])
      const { data } = await api.get(`/staff-api/store-returns/${id}`, lyonStaff)
      expect(data.store_return).toEqual(expect.objectContaining({ status: "requested", return_status: "requested", return_id: booked.store_return.return_id, visits: [] }))
      // And the counter can go again.
      const retried = await receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Sage").variantId }])
      expect([retried.status, retried.data.message]).toEqual([200, undefined])
      expect(await stockSnapshot()).toEqual(withChange(before, { "Ochre@lyonId": 1, "Sage@lyonId": -1 }))
    })

    it("receives a return once when two counters submit it at the same time", async () => {
      const { orderId, line, id } = await returnAtLyon("Sage")
      const before = await stockSnapshot()

      const answers = await Promise.all([1, 2].map(() => receive(id, [{ id: line, quantity: 1, condition: "resellable" }])))
      expect(answers.map((reply) => reply.status).sort()).toEqual([200, 400])
      const refused = answers.find((reply) => reply.status === 400)!
      expect(refused.data.message).toMatch(/already received|still expected/)
      expect(await stockSnapshot()).toEqual(withChange(before, { "Sage@lyonId": 1 }))
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(30)
      const { data } = await api.get(`/staff-api/store-returns/${id}`, lyonStaff)
      expect(data.store_return).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: 30 }))
      expect(data.store_return.visits).toHaveLength(1)
    })

    it("hands one exchange over when two counters submit it at the same time", async () => {
      const { orderId, line, id } = await returnAtLyon("Ochre")
      const before = await stockSnapshot()

      const answers = await Promise.all(
        [1, 2].map(() => receive(id, [{ id: line, quantity: 1, condition: "resellable", exchange_for_variant_id: variant("Sage").variantId }])),
      )
      expect(answers.map((reply) => reply.status).sort()).toEqual([200, 400])
      expect(answers.find((reply) => reply.status === 400)!.data.message).toMatch(/^Every item of return sret_\S+ was already received\.$/)
      expect(await stockSnapshot()).toEqual(withChange(before, { "Ochre@lyonId": 1, "Sage@lyonId": -1 }))
      expect(await exchangesOf(orderId)).toHaveLength(1)
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(0)
    })

    it("pays a failed refund once when two counters retry it at the same time", async () => {
      const { orderId, line, id } = await returnAtLyon("Sage")
      const outage = jest.spyOn(getContainer().resolve(Modules.PAYMENT), "refundPayment").mockRejectedValueOnce(new Error("Provider unreachable"))
      const received = await receive(id, [{ id: line, quantity: 1, condition: "resellable" }])
      outage.mockRestore()
      expect(received.data.store_return).toEqual(expect.objectContaining({ status: "refund_failed", pending_refund_amount: 30 }))

      const answers = await Promise.all([1, 2].map(() => answer(api.post(`/staff-api/store-returns/${id}/refund`, {}, lyonStaff))))
      expect(answers.map((reply) => reply.status).sort()).toEqual([200, 400])
      expect(answers.find((reply) => reply.status === 400)!.data.message).toMatch(/has no unfinished receipt or refund to retry \(status "refunded"\)/)
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(30)
    })

    it("refunds a return on an order whose payment was only authorised, by capturing it first", async () => {
      const { orderId, line, id } = await returnAtLyon("Sage", "changed_mind", { capture: false })
      const received = await receive(id, [{ id: line, quantity: 1, condition: "resellable" }])
      expect(received.status).toBe(200)
      expect(received.data.store_return).toEqual(
        expect.objectContaining({ status: "refunded", refunded_amount: 30, pending_refund_amount: 0, refund_error: null }),
      )
      expect(await refundedOnOrder(getContainer(), orderId)).toBe(30)
      // The shopper paid for the delivery only: Medusa's balance is even.
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["summary.*", "payment_collections.payments.captures.amount", "payment_collections.payments.amount"],
        filters: { id: orderId },
      })
      const [payment] = (data[0] as any).payment_collections[0].payments
      expect(payment.captures.reduce((sum: number, capture: any) => sum + Number(capture.amount), 0)).toBe(Number(payment.amount))
      expect(Number((data[0] as any).summary.pending_difference)).toBe(0)
    })
  },
})
