import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { BACKEND_DIR } from "../helpers/backend"
import { answer } from "../helpers/checkout"
import { createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import {
  createOrderPromotion,
  createReturnsShop,
  notificationsAbout,
  placeDeliveredOrder,
  refundedOnOrder,
  signInAsShopper,
  signInAsStaff,
  stockedAt,
  type Stores,
} from "../helpers/returns"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let stores: Stores
    let candle: StockedProduct
    let vase: StockedProduct
    let giftCard: StockedProduct
    let shopper: Shop
    let otherShopper: Shop
    let lyonStaff: Headers
    let parisStaff: Headers
    let backOffice: Headers

    beforeAll(async () => {
      const container = getContainer()
      ;({ shop, stores, shopper, lyonStaff, parisStaff } = await createReturnsShop(api, container))
      candle = await createStockedProduct(container, shop, { title: "Zinc candle holder", price: 20, stock: 50 })
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 25, stock: 50 })
      giftCard = await createStockedProduct(container, shop, { title: "Engraved gift tag", price: 8, stock: 50 })
      const products = container.resolve(Modules.PRODUCT)
      const [tag] = await products.createProductTags([{ value: "non-returnable" }])
      await products.updateProducts(giftCard.productId, { tag_ids: [tag.id] })
      await createOrderPromotion(container, "RETURNS15", 15)
      otherShopper = await signInAsShopper(api, shop, "someone.else@fairmade.test")
      backOffice = await signInAsStaff(api, container, "office@fairmade.test")
    })

    const order = (items: { variant_id: string; quantity: number }[], options = {}) =>
      placeDeliveredOrder(api, getContainer(), shopper, items, options)
    const lineOf = (placed: { items: { id: string; variant_id: string }[] }, product: StockedProduct) =>
      placed.items.find((item) => item.variant_id === product.variantId)!.id
    const requestReturn = (body: unknown, as: Shop = shopper) => answer(api.post("/store/return-requests", body, as.store))
    const receive = (id: string, items: unknown[], as: Headers = lyonStaff) =>
      answer(api.post(`/staff-api/store-returns/${id}/receive`, { items }, as))

    /** What the shopper paid for `units` of a line, from the order's own item totals (before any return). */
    async function paidFor(orderId: string, itemId: string, units: number) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        // Query computes line totals only when the order total is asked for too.
        fields: ["total", "items.*", "items.total"],
        filters: { id: orderId },
      })
      const item = (data[0] as any).items.find((candidate: any) => candidate.id === itemId)
      return MathBN.div(MathBN.mult(item.total, units), item.quantity).toNumber()
    }

    it("publishes the return policy, its reasons, the stores to drop at and the warehouse to post to", async () => {
      const { data } = await api.get("/store/return-policy", shop.store)
      expect(data.return_policy.window_days).toBe(30)
      expect(data.return_policy.reasons.map((reason: any) => reason.value)).toEqual([
        "wrong_size_colour", "damaged_in_transit", "not_as_pictured", "changed_mind", "other",
      ])
      const [dropAtStore, mail] = data.return_policy.methods
      expect(dropAtStore.stores.map((store: any) => store.name).sort()).toEqual(["Lyon Part-Dieu", "Paris Le Marais"])
      expect(mail).toEqual({ id: "mail", address: expect.objectContaining({ id: stores.warehouseId }) })
    })

    it("returns part of an order at a store: restocked at that store only, refunded net of the promotion", async () => {
      const container = getContainer()
      const placed = await order([{ variant_id: candle.variantId, quantity: 2 }, { variant_id: vase.variantId, quantity: 1 }], { promoCode: "RETURNS15" })
      const candleLine = lineOf(placed, candle)
      const expectedRefund = await paidFor(placed.id, candleLine, 1)
      // 15% off 65 spread over the lines: the candles' 40 carry 6 of it, so one candle paid 17.
      expect(expectedRefund).toBe(17)
      const before = {
        lyon: await stockedAt(container, candle.inventoryItemId, stores.lyonId),
        paris: await stockedAt(container, candle.inventoryItemId, stores.parisId),
        warehouse: await stockedAt(container, candle.inventoryItemId, stores.warehouseId),
      }

      const requested = await requestReturn({
        order_id: placed.id,
        method: "drop_at_store",
        location_id: stores.lyonId,
        items: [{ id: candleLine, quantity: 1, reason_code: "not_as_pictured", note: "Darker than the photo" }],
      })
      expect(requested.status).toBe(201)
      const returnRequest = requested.data.return_request
      expect(returnRequest.code).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
      expect(returnRequest.status).toBe("requested")
      expect(returnRequest.instructions).toContain("Lyon Part-Dieu")

      const found = await api.post("/staff-api/store-returns/lookup", { code: returnRequest.code.toLowerCase() }, lyonStaff)
      expect(found.data.store_return.id).toBe(returnRequest.id)
      // Staff find the return by the code the shopper shows; the answer does not repeat it.
      expect(JSON.stringify(found.data)).not.toContain(returnRequest.code)
      expect(found.data.store_return.items).toEqual([
        expect.objectContaining({ item_id: candleLine, quantity: 1, reason: expect.objectContaining({ value: "not_as_pictured" }) }),
      ])

      const received = await receive(returnRequest.id, [{ id: candleLine, quantity: 1, condition: "resellable" }])
      expect(received.status).toBe(200)
      expect(received.data.store_return).toEqual(
        expect.objectContaining({ status: "refunded", return_status: "received", refunded_amount: expectedRefund, pending_refund_amount: 0 }),
      )
      expect(await stockedAt(container, candle.inventoryItemId, stores.lyonId)).toBe(before.lyon + 1)
      expect(await stockedAt(container, candle.inventoryItemId, stores.parisId)).toBe(before.paris)
      expect(await stockedAt(container, candle.inventoryItemId, stores.warehouseId)).toBe(before.warehouse)
      expect(await refundedOnOrder(container, placed.id)).toBe(expectedRefund)

      const { data: mine } = await api.get(`/store/return-requests/${returnRequest.id}`, shopper.store)
      expect(mine.return_request).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: 17 }))
      // The counter's visit log (staff ids) stays with staff.
      expect(mine.return_request.visits).toBeUndefined()
    })

    it("takes damaged items back without restocking them, refunding them only when the shop was at fault", async () => {
      const container = getContainer()
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }, { variant_id: vase.variantId, quantity: 1 }])
      const [vaseLine, candleLine] = [lineOf(placed, vase), lineOf(placed, candle)]
      const vasePaid = await paidFor(placed.id, vaseLine, 1)
      const before = { vase: await stockedAt(container, vase.inventoryItemId, stores.lyonId), candle: await stockedAt(container, candle.inventoryItemId, stores.lyonId) }

      // A walk-in: staff find the order by its number and the shopper's e-mail.
      const found = await api.post("/staff-api/store-returns/lookup", { order_display_id: placed.display_id, email: "CAMILLE@fairmade.test" }, lyonStaff)
      expect(found.data.returnable_items.map((item: any) => [item.id, item.returnable_quantity]).sort()).toEqual(
        [[candleLine, 1], [vaseLine, 1]].sort(),
      )
      const booked = await answer(api.post("/staff-api/store-returns", {
        order_id: placed.id,
        items: [
          { id: vaseLine, quantity: 1, reason_code: "damaged_in_transit" },
          { id: candleLine, quantity: 1, reason_code: "changed_mind" },
        ],
      }, lyonStaff))
      expect(booked.status).toBe(201)
      expect(booked.data.store_return).toEqual(expect.objectContaining({ method: "in_store", location: expect.objectContaining({ id: stores.lyonId }) }))

      const received = await receive(booked.data.store_return.id, [
        { id: vaseLine, quantity: 1, condition: "damaged" },
        { id: candleLine, quantity: 1, condition: "damaged" },
      ])
      expect(received.status).toBe(200)
      const storeReturn = received.data.store_return
      expect(storeReturn).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: vasePaid, return_status: "received" }))
      expect(storeReturn.items).toEqual(expect.arrayContaining([
        expect.objectContaining({ item_id: vaseLine, received_quantity: 1, damaged_quantity: 1 }),
        expect.objectContaining({ item_id: candleLine, received_quantity: 1, damaged_quantity: 1 }),
      ]))
      expect(storeReturn.visits[0].lines).toEqual(expect.arrayContaining([
        expect.objectContaining({ item_id: vaseLine, condition: "damaged", restocked: false, refunded: true }),
        expect.objectContaining({ item_id: candleLine, condition: "damaged", restocked: false, refunded: false, refund_amount: "0" }),
      ]))
      expect(await stockedAt(container, vase.inventoryItemId, stores.lyonId)).toBe(before.vase)
      expect(await stockedAt(container, candle.inventoryItemId, stores.lyonId)).toBe(before.candle)
      expect(await refundedOnOrder(container, placed.id)).toBe(vasePaid)

      const { data: printed } = await api.get(`/staff-api/store-returns/${storeReturn.id}/receipt`, lyonStaff)
      expect(printed.receipt).toEqual(expect.objectContaining({ store_return_id: storeReturn.id, order_display_id: placed.display_id, refunded_amount: vasePaid }))
      const [mailed] = await notificationsAbout(container, storeReturn.id)
      expect(mailed).toEqual(expect.objectContaining({ channel: "email", to: "camille@fairmade.test", template: "store-return-receipt" }))
      expect((mailed.data as any).receipt.store_return_id).toBe(storeReturn.id)
    })

    it("never takes the same unit back twice, nor more than was bought", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 2 }])
      const candleLine = lineOf(placed, candle)
      const ask = (quantity: number) => requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId, items: [{ id: candleLine, quantity, reason_code: "other" }],
      })

      const tooMany = await ask(3)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toBe('Only 2 unit(s) of "Zinc candle holder" can still be returned; 3 were asked.')

      const first = await ask(1)
      expect(first.status).toBe(201)
      // The unit already requested counts: one is left.
      expect((await ask(2)).data.message).toBe('Only 1 unit(s) of "Zinc candle holder" can still be returned; 2 were asked.')
      // Once received, Medusa itself would let it be requested again (it only counts units still requested); the plugin does not.
      await receive(first.data.return_request.id, [{ id: candleLine, quantity: 1, condition: "resellable" }])
      expect((await ask(2)).data.message).toBe('Only 1 unit(s) of "Zinc candle holder" can still be returned; 2 were asked.')
      expect((await ask(1)).status).toBe(201)

      const again = await ask(1)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already been returned/)
      const { data } = await api.get(`/store/orders/${placed.id}/returnable-items`, shopper.store)
      expect(data.returnable_items[0]).toEqual(expect.objectContaining({ returnable_quantity: 0, already_returned_quantity: 2 }))
    })

    it("sends parcels posted back to the warehouse", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }])
      const posted = await requestReturn({ order_id: placed.id, method: "mail", items: [{ id: lineOf(placed, candle), quantity: 1, reason_code: "wrong_size_colour" }] })
      expect(posted.status).toBe(201)
      expect(posted.data.return_request.location.id).toBe(stores.warehouseId)
      expect(posted.data.return_request.instructions).toMatch(/post it to Warehouse/)
    })

    it("refuses returns once the window has closed, saying when it closed", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }], { deliveredDaysAgo: 40 })
      const candleLine = lineOf(placed, candle)
      const { data } = await api.get(`/store/orders/${placed.id}/returnable-items`, shopper.store)
      expect(data.return_window).toEqual(expect.objectContaining({ days: 30, starts_from: "delivery", open: false }))
      expect(data.returnable_items[0].why_not.map((why: any) => why.code)).toEqual(["window_closed"])

      const online = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId, items: [{ id: candleLine, quantity: 1, reason_code: "changed_mind" }],
      })
      expect(online.status).toBe(400)
      expect(online.data.message).toMatch(/The 30-day return window closed on \d{4}-\d{2}-\d{2}\./)
      const atCounter = await answer(api.post("/staff-api/store-returns", { order_id: placed.id, items: [{ id: candleLine, quantity: 1, reason_code: "changed_mind" }] }, lyonStaff))
      expect(atCounter.status).toBe(400)
      expect(atCounter.data.message).toMatch(/return window closed/)
    })

    it("refuses products tagged non-returnable, and says so before the shopper asks", async () => {
      const placed = await order([{ variant_id: giftCard.variantId, quantity: 1 }])
      const { data } = await api.get(`/store/orders/${placed.id}/returnable-items`, shopper.store)
      expect(data.returnable_items[0]).toEqual(expect.objectContaining({ returnable_quantity: 0, why_not: [expect.objectContaining({ code: "non_returnable_product" })] }))
      const refused = await requestReturn({ order_id: placed.id, method: "mail", items: [{ id: data.returnable_items[0].id, quantity: 1, reason_code: "other" }] })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/cannot be returned/)
    })

    it("keeps staff to their own store", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }])
      const candleLine = lineOf(placed, candle)
      const { data } = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId, items: [{ id: candleLine, quantity: 1, reason_code: "wrong_size_colour" }],
      })
      const { id, code } = data.return_request

      expect((await answer(api.post("/staff-api/store-returns/lookup", { code }, parisStaff))).status).toBe(404)
      expect((await answer(api.get(`/staff-api/store-returns/${id}`, parisStaff))).status).toBe(404)
      expect((await receive(id, [{ id: candleLine, quantity: 1, condition: "resellable" }], parisStaff)).status).toBe(404)
      const walkInElsewhere = await answer(api.post("/staff-api/store-returns", {
        order_id: placed.id, location_id: stores.lyonId, items: [{ id: candleLine, quantity: 1, reason_code: "other" }],
      }, parisStaff))
      expect(walkInElsewhere.status).toBe(404)
      // Back office (admin users) sees every store's returns but works at no counter; staff have no admin list.
      expect((await receive(id, [{ id: candleLine, quantity: 1, condition: "resellable" }], backOffice)).status).toBe(401)
      expect((await answer(api.get("/admin/store-returns", parisStaff))).status).toBe(401)
      const { data: everything } = await api.get("/admin/store-returns", backOffice)
      expect(everything.store_returns.map((row: any) => row.id)).toContain(id)
      // Nothing was received along the way.
      expect((await api.get(`/staff-api/store-returns/${id}`, lyonStaff)).data.store_return.status).toBe("requested")
    })

    it("keeps a return whose refund failed received and visible, and refunds it on retry", async () => {
      const container = getContainer()
      const placed = await order([{ variant_id: vase.variantId, quantity: 1 }])
      const vaseLine = lineOf(placed, vase)
      const paid = await paidFor(placed.id, vaseLine, 1)
      const lyonBefore = await stockedAt(container, vase.inventoryItemId, stores.lyonId)
      const { data } = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId, items: [{ id: vaseLine, quantity: 1, reason_code: "not_as_pictured" }],
      })
      const id = data.return_request.id

      // The payment provider is down for the first attempt, as Stripe can be.
      const payments = container.resolve(Modules.PAYMENT)
      const outage = jest.spyOn(payments, "refundPayment").mockRejectedValueOnce(new Error("Provider unreachable"))
      const received = await receive(id, [{ id: vaseLine, quantity: 1, condition: "resellable" }])
      outage.mockRestore()
      expect(received.status).toBe(200)
      expect(received.data.store_return).toEqual(expect.objectContaining({
        status: "refund_failed", return_status: "received", refunded_amount: 0, pending_refund_amount: paid, refund_error: expect.stringMatching(/Provider unreachable/),
      }))
      expect(await stockedAt(container, vase.inventoryItemId, stores.lyonId)).toBe(lyonBefore + 1)
      expect(await refundedOnOrder(container, placed.id)).toBe(0)
      const { data: failed } = await api.get("/admin/store-returns?status=refund_failed", backOffice)
      expect(failed.store_returns.map((row: any) => row.id)).toContain(id)
      const { data: shopperView } = await api.get(`/store/return-requests/${id}`, shopper.store)
      expect(shopperView.return_request).toEqual(expect.objectContaining({ status: "refund_failed", pending_refund_amount: paid }))

      const retried = await answer(api.post(`/staff-api/store-returns/${id}/refund`, {}, lyonStaff))
      expect(retried.status).toBe(200)
      expect(retried.data.store_return).toEqual(expect.objectContaining({ status: "refunded", refunded_amount: paid, pending_refund_amount: 0, refund_error: null }))
      expect(await refundedOnOrder(container, placed.id)).toBe(paid)
      expect((await answer(api.post(`/staff-api/store-returns/${id}/refund`, {}, lyonStaff))).status).toBe(400)
    })

    it("shows shoppers only their own orders and returns", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }])
      const candleLine = lineOf(placed, candle)
      const { data } = await requestReturn({ order_id: placed.id, method: "mail", items: [{ id: candleLine, quantity: 1, reason_code: "other" }] })

      expect((await answer(api.get(`/store/orders/${placed.id}/returnable-items`, otherShopper.store))).status).toBe(404)
      expect((await answer(api.get(`/store/return-requests/${data.return_request.id}`, otherShopper.store))).status).toBe(404)
      const theirs = await requestReturn({ order_id: placed.id, method: "mail", items: [{ id: candleLine, quantity: 1, reason_code: "other" }] }, otherShopper)
      expect(theirs.status).toBe(404)
      expect((await answer(api.get(`/store/return-requests/${data.return_request.id}`, shop.store))).status).toBe(401)
      const { data: mine } = await api.get("/store/return-requests", shopper.store)
      expect(mine.return_requests.map((row: any) => row.id)).toContain(data.return_request.id)
    })

    it.each([
      ["an unknown field", { extra: true }],
      ["a drop-off without a store", { method: "drop_at_store", location_id: undefined }],
      ["a drop-off at the warehouse", { method: "drop_at_store", location_id: "WAREHOUSE" }],
      ["an unknown reason", { items: [{ id: "ITEM", quantity: 1, reason_code: "too_expensive" }] }],
      ["a fractional quantity", { items: [{ id: "ITEM", quantity: 0.5, reason_code: "other" }] }],
    ])("rejects %s with a 400", async (_, change) => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }])
      const body: any = {
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId,
        items: [{ id: lineOf(placed, candle), quantity: 1, reason_code: "other" }], ...change,
      }
      if (body.location_id === "WAREHOUSE") body.location_id = stores.warehouseId
      body.items = body.items.map((item: any) => ({ ...item, id: item.id === "ITEM" ? lineOf(placed, candle) : item.id }))
      const refused = await requestReturn(body)
      expect(refused.status).toBe(400)
      const { data } = await api.get(`/store/orders/${placed.id}/returnable-items`, shopper.store)
      expect(data.returnable_items[0].returnable_quantity).toBe(1)
    })

    it("lists returns with store, reasons and status, and counts them by reason and product", async () => {
      // Each test starts again from the state after beforeAll, so this one books its own returns.
      const placed = await order([{ variant_id: candle.variantId, quantity: 2 }, { variant_id: vase.variantId, quantity: 1 }])
      const [candleLine, vaseLine] = [lineOf(placed, candle), lineOf(placed, vase)]
      const atLyon = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId,
        items: [{ id: candleLine, quantity: 2, reason_code: "not_as_pictured" }],
      })
      await receive(atLyon.data.return_request.id, [{ id: candleLine, quantity: 2, condition: "resellable" }])
      const atParis = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.parisId,
        items: [{ id: vaseLine, quantity: 1, reason_code: "damaged_in_transit" }],
      })

      const { data: list } = await api.get("/admin/store-returns?limit=10", backOffice)
      expect(list.count).toBe(2)
      expect(list.store_returns.map((row: any) => [row.location.name, row.status, row.items[0].reason.label])).toEqual([
        ["Paris Le Marais", "requested", "Damaged in transit"],
        ["Lyon Part-Dieu", "refunded", "Not as pictured"],
      ])
      expect((await answer(api.get("/admin/store-returns", lyonStaff))).status).toBe(401)

      const { data: report } = await api.get("/admin/store-returns/reasons-report", backOffice)
      expect(report.by_reason).toEqual([
        { reason: "not_as_pictured", label: "Not as pictured", quantity: 2, restocked: 2, written_off: 0 },
        { reason: "damaged_in_transit", label: "Damaged in transit", quantity: 1, restocked: 0, written_off: 0 },
      ])
      expect(report.by_reason_and_product).toEqual([
        { reason: "not_as_pictured", product_id: candle.productId, product_title: "Zinc candle holder", quantity: 2, restocked: 2, written_off: 0 },
        { reason: "damaged_in_transit", product_id: vase.productId, product_title: "Stoneware vase", quantity: 1, restocked: 0, written_off: 0 },
      ])
      expect((await answer(api.get("/admin/store-returns/reasons-report", parisStaff))).status).toBe(401)
      expect(atParis.status).toBe(201)
    })

    it("lists the returns expected at the staff member's own counter, until received (issue 15, item 12)", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 1 }, { variant_id: vase.variantId, quantity: 1 }])
      const atLyon = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId,
        items: [{ id: lineOf(placed, candle), quantity: 1, reason_code: "not_as_pictured" }],
      })
      const atParis = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.parisId,
        items: [{ id: lineOf(placed, vase), quantity: 1, reason_code: "damaged_in_transit" }],
      })
      const expected = await answer(api.get("/staff-api/store-returns", lyonStaff))
      expect(expected.status).toBe(200)
      expect(expected.data.store_returns.map((row: any) => [row.id, row.status, row.order.display_id])).toEqual([
        [atLyon.data.return_request.id, "requested", placed.display_id],
      ])
      expect(JSON.stringify(expected.data)).not.toContain(atParis.data.return_request.id)
      // Another store's list is not theirs to read.
      expect((await answer(api.get(`/staff-api/store-returns?location_id=${stores.parisId}`, lyonStaff))).status).toBe(404)
      expect((await answer(api.get("/staff-api/store-returns?status=refunded", lyonStaff))).status).toBe(400)

      await receive(atLyon.data.return_request.id, [{ id: lineOf(placed, candle), quantity: 1, condition: "resellable" }])
      const after = await answer(api.get("/staff-api/store-returns", lyonStaff))
      expect(after.data.store_returns).toEqual([])
    })

    it("separates restocked and written-off units in the reasons report (issue 15, item 13)", async () => {
      const placed = await order([{ variant_id: candle.variantId, quantity: 3 }])
      const candleLine = lineOf(placed, candle)
      const booked = await requestReturn({
        order_id: placed.id, method: "drop_at_store", location_id: stores.lyonId,
        items: [{ id: candleLine, quantity: 3, reason_code: "damaged_in_transit" }],
      })
      // Two visits at the counter: one unit fine, two broken.
      expect((await receive(booked.data.return_request.id, [{ id: candleLine, quantity: 1, condition: "resellable" }])).status).toBe(200)
      expect((await receive(booked.data.return_request.id, [{ id: candleLine, quantity: 2, condition: "damaged" }])).status).toBe(200)
      const { data: report } = await api.get("/admin/store-returns/reasons-report", backOffice)
      expect(report.by_reason).toEqual([{ reason: "damaged_in_transit", label: "Damaged in transit", quantity: 3, restocked: 1, written_off: 2 }])
      expect(report.by_reason_and_product).toEqual([
        { reason: "damaged_in_transit", product_id: candle.productId, product_title: "Zinc candle holder", quantity: 3, restocked: 1, written_off: 2 },
      ])
    })

    it("lets the back office, not store staff, change the return policy", async () => {
      expect((await answer(api.post("/admin/return-policy", { window_days: 14 }, lyonStaff))).status).toBe(401)
      expect((await answer(api.post("/admin/return-policy", { window_days: -1 }, backOffice))).status).toBe(400)
      const changed = await answer(api.post("/admin/return-policy", { window_days: 14 }, backOffice))
      expect(changed.status).toBe(200)
      expect((await api.get("/store/return-policy", shop.store)).data.return_policy.window_days).toBe(14)
      await api.post("/admin/return-policy", { window_days: 30 }, backOffice)
    })
  },
})
