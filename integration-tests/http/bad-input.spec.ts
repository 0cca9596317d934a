import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BACKEND_DIR } from "../helpers/backend"
import { answer, cartReadyToComplete, completeCart, createCart, SHIPPING_ADDRESS, type Api } from "../helpers/checkout"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"

jest.setTimeout(180_000)

/** What the requests below refer to, created once before the tests. */
type Fixture = {
  shop: Shop
  candle: StockedProduct
  cartId: string
  lineId: string
  paymentCollectionId: string
  completedCartId: string
  /** A registered e-mail without a customer yet, and a signed-in customer. */
  as: Record<"newIdentity" | "customer", { headers: Record<string, string> }>
}

type BadRequest = { method: "get" | "post" | "delete"; url: string; body?: unknown; auth?: "newIdentity" | "customer" }

// [what the storefront does wrong, the request, expected status, expected message]
const CASES: [string, (f: Fixture) => BadRequest, number, RegExp][] = [
  ["cart with a region id that is not a string", () => ({ method: "post", url: "/store/carts", body: { region_id: 123 } }), 400, /expected type: 'string' for field 'region_id'/i],
  ["cart in an unknown region", () => ({ method: "post", url: "/store/carts", body: { region_id: "reg_nope" } }), 404, /no regions found/i],
  ["cart with an unknown field", () => ({ method: "post", url: "/store/carts", body: { hack: true } }), 400, /unrecognized fields: 'hack'/i],
  ["cart created with half an item", (f) => ({ method: "post", url: "/store/carts", body: { region_id: f.shop.regionId, items: [{ variant_id: f.candle.variantId, quantity: 0.5 }] } }), 400, /whole numbers/i],
  ["unknown cart", () => ({ method: "get", url: "/store/carts/cart_nope" }), 404, /cart_nope.*not found/i],
  ["no item", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items`, body: { variant_id: f.candle.variantId, quantity: 0 } }), 400, /'quantity' too small/i],
  ["a quantity in words", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items`, body: { variant_id: f.candle.variantId, quantity: "two" } }), 400, /expected type: 'number' for field 'quantity'/i],
  ["one and a half items", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items`, body: { variant_id: f.candle.variantId, quantity: 1.5 } }), 400, /whole numbers/i],
  ["an item without a variant", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items`, body: { quantity: 1 } }), 400, /'variant_id' is required/i],
  ["an unknown variant", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items`, body: { variant_id: "variant_nope", quantity: 1 } }), 400, /variant_nope do not exist/i],
  ["more items than in stock", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items`, body: { variant_id: f.candle.variantId, quantity: 1000 } }), 400, /does not have the required inventory/i],
  ["an item in an unknown cart", (f) => ({ method: "post", url: "/store/carts/cart_nope/line-items", body: { variant_id: f.candle.variantId, quantity: 1 } }), 404, /cart_nope/i],
  ["an item in a completed cart", (f) => ({ method: "post", url: `/store/carts/${f.completedCartId}/line-items`, body: { variant_id: f.candle.variantId, quantity: 1 } }), 400, /already completed/i],
  ["a line changed to half an item", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items/${f.lineId}`, body: { quantity: 2.5 } }), 400, /whole numbers/i],
  ["a line changed beyond the stock", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items/${f.lineId}`, body: { quantity: 1000 } }), 400, /does not have the required inventory/i],
  ["an unknown line", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/line-items/li_nope`, body: { quantity: 1 } }), 404, /li_nope was not found/i],
  ["a malformed e-mail", (f) => ({ method: "post", url: `/store/carts/${f.cartId}`, body: { email: "not-an-email" } }), 400, /invalid email/i],
  ["an address as a string", (f) => ({ method: "post", url: `/store/carts/${f.cartId}`, body: { shipping_address: "12 rue" } }), 400, /expected type: 'object' for field 'shipping_address'/i],
  ["an address outside the region", (f) => ({ method: "post", url: `/store/carts/${f.cartId}`, body: { shipping_address: { ...SHIPPING_ADDRESS, country_code: "us" } } }), 400, /country with code us is not within region/i],
  ["an unknown shipping option", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/shipping-methods`, body: { option_id: "so_nope" } }), 400, /shipping options are invalid/i],
  ["a promo code as a string", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/promotions`, body: { promo_codes: "WELCOME10" } }), 400, /expected type: 'array' for field 'promo_codes'/i],
  ["no promo codes", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/promotions`, body: {} }), 400, /'promo_codes' is required/i],
  ["completing a cart without payment", (f) => ({ method: "post", url: `/store/carts/${f.cartId}/complete` }), 400, /payment/i],
  ["paying for an unknown cart", () => ({ method: "post", url: "/store/payment-collections", body: { cart_id: "cart_nope" } }), 404, /cart_nope/i],
  ["a payment session for an unknown payment collection", () => ({ method: "post", url: "/store/payment-collections/pay_col_nope/payment-sessions", body: { provider_id: "pp_system_default" } }), 404, /payment collection with id 'pay_col_nope' not found/i],
  ["a payment provider the region does not offer", (f) => ({ method: "post", url: `/store/payment-collections/${f.paymentCollectionId}/payment-sessions`, body: { provider_id: "pp_nope" } }), 400, /pp_nope is not enabled/i],
  ["creating a customer without signing up", () => ({ method: "post", url: "/store/customers", body: { email: "x@fairmade.test" } }), 401, /unauthorized/i],
  ["a customer with a malformed e-mail", () => ({ method: "post", url: "/store/customers", body: { email: "nope" }, auth: "newIdentity" }), 400, /invalid email/i],
  ["an account page without signing in", () => ({ method: "get", url: "/store/customers/me" }), 401, /unauthorized/i],
  ["an address with a numeric country", () => ({ method: "post", url: "/store/customers/me/addresses", body: { country_code: 12 }, auth: "customer" }), 400, /expected type: 'string' for field 'country_code'/i],
  ["an address with an unknown field", () => ({ method: "post", url: "/store/customers/me/addresses", body: { address_1: "1 rue", hack: 1 }, auth: "customer" }), 400, /unrecognized fields: 'hack'/i],
  ["an unknown address", () => ({ method: "post", url: "/store/customers/me/addresses/addr_nope", body: { city: "Paris" }, auth: "customer" }), 404, /addr_nope was not found/i],
  ["a numeric phone number", () => ({ method: "post", url: "/store/customers/me", body: { phone: 12 }, auth: "customer" }), 400, /expected type: 'string' for field 'phone'/i],
]

function send(api: Api, f: Fixture, { method, url, body, auth }: BadRequest) {
  const config = auth ? f.as[auth] : f.shop.store
  return answer(method === "post" ? api.post(url, body ?? {}, config) : api[method](url, config))
}

async function signedUp(api: Api, shop: Shop) {
  const password = "correct-horse-battery"
  const bearer = (token: string) => ({ headers: { ...shop.store.headers, authorization: `Bearer ${token}` } })
  const newIdentity = await api.post("/auth/customer/emailpass/register", { email: "new@fairmade.test", password })
  const registered = await api.post("/auth/customer/emailpass/register", { email: "camille@fairmade.test", password })
  await api.post("/store/customers", { email: "camille@fairmade.test" }, bearer(registered.data.token))
  const signedIn = await api.post("/auth/customer/emailpass", { email: "camille@fairmade.test", password })
  return { newIdentity: bearer(newIdentity.data.token), customer: bearer(signedIn.data.token) }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let fixture: Fixture

    beforeAll(async () => {
      const shop = await createShop(getContainer())
      const candle = await createStockedProduct(getContainer(), shop, { title: "Zinc candle holder", price: 20, stock: 3 })
      const cartId = await createCart(api, shop, [{ variant_id: candle.variantId, quantity: 1 }])
      const { data } = await api.get(`/store/carts/${cartId}`, shop.store)
      const { data: payment } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      const completedCartId = await cartReadyToComplete(api, shop, [{ variant_id: candle.variantId, quantity: 1 }])
      expect((await completeCart(api, shop, completedCartId)).data.type).toBe("order")
      fixture = {
        shop,
        candle,
        cartId,
        lineId: data.cart.items[0].id,
        paymentCollectionId: payment.payment_collection.id,
        completedCartId,
        as: await signedUp(api, shop),
      }
    })

    it.each(CASES)("answers %s with a 4xx and a message", async (_, request, status, message) => {
      const response = await send(api, fixture, request(fixture))
      expect({ status: response.status, message: response.data.message }).toEqual({ status, message: expect.stringMatching(message) })
    })
  },
})
