/**
 * Refund arithmetic of returns, against amounts worked out by hand: each line refunds what
 * was paid for it net of its own promotion and of its share of an order-level discount,
 * in BigNumber, rounded once (down, never refunding more than was paid) to the cent.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { BACKEND_DIR } from "../helpers/backend"
import { answer } from "../helpers/checkout"
import { createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { createOrderPromotion, createReturnsShop, placeDeliveredOrder, refundedOnOrder, type Stores } from "../helpers/returns"

// Booting Medusa and building the fixture shop can take minutes on a busy machine.
jest.setTimeout(400_000)

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let stores: Stores
    let shopper: Shop
    let lyonStaff: { headers: Record<string, string> }
    let lamp: StockedProduct
    let throw_: StockedProduct
    let mug: StockedProduct

    beforeAll(async () => {
      const container = getContainer()
      let shop: Shop
      ;({ shop, stores, shopper, lyonStaff } = await createReturnsShop(api, container))
      lamp = await createStockedProduct(container, shop, { title: "Rattan lamp", price: 19.99, stock: 20 })
      throw_ = await createStockedProduct(container, shop, { title: "Linen throw", price: 12.35, stock: 20 })
      mug = await createStockedProduct(container, shop, { title: "Speckled mug", price: 7.77, stock: 20 })
      // 50 % off the lamp line, and 10 % off the whole order.
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            {
              code: "LAMPHALF",
              type: "standard",
              status: "active",
              application_method: {
                type: "percentage",
                target_type: "items",
                allocation: "each",
                value: 50,
                max_quantity: 10,
                target_rules: [{ attribute: "items.product.id", operator: "in", values: [lamp.productId] }],
              },
            },
          ],
        },
      })
      await createOrderPromotion(container, "ORDER10", 10)
    })

    it("refunds each line its paid amount net of the line promotion and of its share of the order discount, rounded once", async () => {
      const container = getContainer()
      const placed = await placeDeliveredOrder(
        api,
        container,
        shopper,
        [
          { variant_id: lamp.variantId, quantity: 1 },
          { variant_id: throw_.variantId, quantity: 2 },
          { variant_id: mug.variantId, quantity: 3 },
        ],
        { promoCode: ["LAMPHALF", "ORDER10"] },
      )
      const line = (product: StockedProduct) => placed.items.find((item) => item.variant_id === product.variantId)!.id

      // By hand (no tax in this region):
      //   lamp   19.99 × 1 = 19.99, 50 % off → 19.99 − 9.995 = 9.995
      //   throw  12.35 × 2 = 24.70
      //   mug     7.77 × 3 = 23.31
      //   the order's 10 % is taken on what is left, 9.995 + 24.70 + 23.31 = 58.005 → 5.8005,
      //   spread over the lines in proportion: lamp 0.9995, throw 2.47, mug 2.331.
      //   paid per line: lamp 9.995 − 0.9995 = 8.9955, throw 24.70 − 2.47 = 22.23, mug 23.31 − 2.331 = 20.979
      //   refund of each whole line, rounded once, down, to the cent: 8.99, 22.23, 20.97 → 52.19 in all.
      const requested = await answer(
        api.post(
          "/store/return-requests",
          {
            order_id: placed.id,
            method: "drop_at_store",
            location_id: stores.lyonId,
            items: [
              { id: line(lamp), quantity: 1, reason_code: "changed_mind" },
              { id: line(throw_), quantity: 2, reason_code: "changed_mind" },
              { id: line(mug), quantity: 3, reason_code: "changed_mind" },
            ],
          },
          shopper.store,
        ),
      )
      expect(requested.status).toBe(201)
      const received = await answer(
        api.post(
          `/staff-api/store-returns/${requested.data.return_request.id}/receive`,
          {
            items: [
              { id: line(lamp), quantity: 1, condition: "resellable" },
              { id: line(throw_), quantity: 2, condition: "resellable" },
              { id: line(mug), quantity: 3, condition: "resellable" },
            ],
          },
          lyonStaff,
        ),
      )
      expect(received.status).toBe(200)
      expect(received.data.store_return).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: 52.19, pending_refund_amount: 0 }))
      const visit = received.data.store_return.visits[0]
      const refundOf = (itemId: string) => visit.lines.find((entry: any) => entry.item_id === itemId).refund_amount
      expect([refundOf(line(lamp)), refundOf(line(throw_)), refundOf(line(mug))].map(Number)).toEqual([8.99, 22.23, 20.97])
      expect(await refundedOnOrder(container, placed.id)).toBe(52.19)
    })

    it("splits a line over partial returns without ever refunding more than the line paid", async () => {
      const container = getContainer()
      const placed = await placeDeliveredOrder(api, container, shopper, [{ variant_id: mug.variantId, quantity: 3 }], { promoCode: "ORDER10" })
      const mugLine = placed.items[0].id
      // By hand: 3 × 7.77 = 23.31, 10 % off → 20.979 paid for the line.
      //   first unit:  ⌊20.979 × 1/3⌋ = ⌊6.993⌋ = 6.99
      //   two more:    ⌊20.979 × 3/3⌋ − ⌊20.979 × 1/3⌋ = 20.97 − 6.99 = 13.98
      //   together 20.97 ≤ 20.979: each slice's ends are rounded once, down.
      const refunds: number[] = []
      for (const quantity of [1, 2]) {
        const requested = await answer(
          api.post(
            "/store/return-requests",
            { order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId, items: [{ id: mugLine, quantity, reason_code: "changed_mind" }] },
            shopper.store,
          ),
        )
        expect(requested.status).toBe(201)
        const received = await answer(
          api.post(
            `/staff-api/store-returns/${requested.data.return_request.id}/receive`,
            { items: [{ id: mugLine, quantity, condition: "resellable" }] },
            lyonStaff,
          ),
        )
        expect(received.status).toBe(200)
        refunds.push(received.data.store_return.refunded_amount)
      }
      expect(refunds).toEqual([6.99, 13.98])
      expect(await refundedOnOrder(container, placed.id)).toBeCloseTo(20.97, 2)
    })
  },
})
