import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BACKEND_DIR } from "../helpers/backend"
import { answer, SHIPPING_ADDRESS } from "../helpers/checkout"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { placeOrder } from "../helpers/pickup-stores"
import { signInAsShopper } from "../helpers/returns"

jest.setTimeout(180_000)

const withHeaders = (shop: Shop, extra: Record<string, string>) => ({ headers: { ...shop.store.headers, ...extra } })

/** Everything personal a leaked order would show. */
function expectNothingPersonal(body: unknown, email: string) {
  const text = JSON.stringify(body)
  expect(text).not.toContain(email)
  expect(text).not.toContain(SHIPPING_ADDRESS.address_1)
  expect(text).not.toContain(SHIPPING_ADDRESS.last_name)
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let candle: StockedProduct
    let guestOrder: { id: string; display_id: number; cart_id: string }
    const guestEmail = "guest-privacy@fairmade.test"

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Privacy shop")
      candle = await createStockedProduct(container, shop, { title: "Beeswax candle", price: 12, stock: 50 })
      guestOrder = await placeOrder(api, shop, shop.shippingOptionId, [{ variant_id: candle.variantId, quantity: 1 }], guestEmail)
    })

    it("answers 404 to someone who only knows a guest order's id, exactly as for an id that does not exist", async () => {
      const byIdAlone = await answer(api.get(`/store/orders/${guestOrder.id}`, shop.store))
      expect(byIdAlone.status).toBe(404)
      expectNothingPersonal(byIdAlone.data, guestEmail)

      const unknownId = guestOrder.id.slice(0, -4) + "ZZZZ"
      const unknown = await answer(api.get(`/store/orders/${unknownId}`, shop.store))
      expect(unknown.status).toBe(404)
      // No enumeration: the same answer but for the id it repeats.
      expect(JSON.stringify(unknown.data).replace(unknownId, "ID")).toBe(JSON.stringify(byIdAlone.data).replace(guestOrder.id, "ID"))
    })

    it("answers 404 to another signed-in customer and to a wrong cart id", async () => {
      const stranger = await signInAsShopper(api, shop, "stranger@fairmade.test")
      const asStranger = await answer(api.get(`/store/orders/${guestOrder.id}`, stranger.store))
      expect(asStranger.status).toBe(404)
      expectNothingPersonal(asStranger.data, guestEmail)

      const otherOrder = await placeOrder(api, shop, shop.shippingOptionId, [{ variant_id: candle.variantId, quantity: 1 }], "other@fairmade.test")
      const wrongCart = await answer(api.get(`/store/orders/${guestOrder.id}`, withHeaders(shop, { "x-order-cart-id": otherOrder.cart_id })))
      expect(wrongCart.status).toBe(404)
      expectNothingPersonal(wrongCart.data, guestEmail)

      // Medusa opens a return on any order whose id is in the body: not any more.
      const { data: orders } = await getContainer().resolve("query").graph({ entity: "order", fields: ["items.id"], filters: { id: guestOrder.id } })
      const returnRequest = { order_id: guestOrder.id, items: [{ id: orders[0].items[0].id, quantity: 1 }], return_shipping: { option_id: shop.shippingOptionId } }
      const strangersReturn = await answer(api.post("/store/returns", returnRequest, stranger.store))
      expect(strangersReturn.status).toBe(404)
      const { data: returns } = await getContainer().resolve("query").graph({ entity: "return", fields: ["id"], filters: { order_id: guestOrder.id } })
      expect(returns).toEqual([])

      // Asking to take the order over into one's account answered with the order too.
      const transfer = await answer(api.post(`/store/orders/${guestOrder.id}/transfer/request`, {}, stranger.store))
      expect(transfer.status).toBe(404)
      expectNothingPersonal(transfer.data, guestEmail)
    })

    it("shows the order to the browser that placed it (naming its cart)", async () => {
      const { status, data } = await answer(api.get(`/store/orders/${guestOrder.id}`, withHeaders(shop, { "x-order-cart-id": guestOrder.cart_id })))
      expect(status).toBe(200)
      expect(data.order).toEqual(expect.objectContaining({ id: guestOrder.id, display_id: guestOrder.display_id, email: guestEmail }))
      expect(data.order.shipping_address).toEqual(expect.objectContaining({ address_1: SHIPPING_ADDRESS.address_1 }))
    })

    it("shows a customer's order to that customer signed in, and to nobody else", async () => {
      const owner = await signInAsShopper(api, shop, "owner@fairmade.test")
      const order = await placeOrder(api, owner, shop.shippingOptionId, [{ variant_id: candle.variantId, quantity: 1 }], "owner@fairmade.test")
      const mine = await answer(api.get(`/store/orders/${order.id}`, owner.store))
      expect(mine.status).toBe(200)
      expect(mine.data.order.email).toBe("owner@fairmade.test")

      const someoneElse = await signInAsShopper(api, shop, "someone-else@fairmade.test")
      const theirs = await answer(api.get(`/store/orders/${order.id}`, someoneElse.store))
      expect(theirs.status).toBe(404)
      expectNothingPersonal(theirs.data, "owner@fairmade.test")
    })

    it.each([
      "/store/orders/%00",
      "/store/orders/order_%00abc",
      "/store/products/%00",
      "/store/orders/%00/pickup",
      "/store/orders/%E0%A4%A",
    ])("answers a NUL byte or broken escape in the path (%s) with 400 or 404, never 500", async (path) => {
      const { status, data } = await answer(api.get(path, shop.store))
      expect([400, 404]).toContain(status)
      expect(JSON.stringify(data)).not.toMatch(/unexpected|internal/i)
    })
  },
})
