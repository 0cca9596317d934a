/**
 * Marketing limits on promotions (@fairmade/shop-analytics): once per
 * customer (by account and e-mail) and first order only, set by an admin,
 * refused with a reason like the shop's other promo code refusals, when the
 * code is added and again when the cart is completed.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { BACKEND_DIR } from "../helpers/backend"
import { signInAsNewAdmin } from "../helpers/auth"
import { addAddressAndDelivery, answer, completeCart, createCart } from "../helpers/checkout"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { customerLimitProblem, limitsOf } from "../../plugins/shop-analytics/src/lib/promotion-limits"

jest.setTimeout(180_000)

describe("customer limits of a promotion", () => {
  const once = { once_per_customer: true, first_order_only: false }
  const first = { once_per_customer: false, first_order_only: true }

  it("refuse a second use and a returning customer, with the reason", () => {
    expect(customerLimitProblem("ONCE10", "promo_1", once, [])).toBeNull()
    expect(customerLimitProblem("ONCE10", "promo_1", once, [{ id: "order_1", promotion_ids: ["promo_2"] }])).toBeNull()
    expect(customerLimitProblem("ONCE10", "promo_1", once, [{ id: "order_1", promotion_ids: ["promo_1"] }])).toEqual({
      code: "promo_code_already_used",
      message: "ONCE10 can be used once per customer and has already been used with this account or e-mail.",
    })
    expect(customerLimitProblem("FIRST5", "promo_3", first, [])).toBeNull()
    expect(customerLimitProblem("FIRST5", "promo_3", first, [{ id: "order_1", promotion_ids: [] }])).toEqual({ code: "promo_code_first_order_only", message: "FIRST5 is only for a first order." })
    expect(limitsOf(null)).toEqual({ once_per_customer: false, first_order_only: false })
    expect(limitsOf({ customer_limits: { once_per_customer: "yes", first_order_only: true } })).toEqual({ once_per_customer: false, first_order_only: true })
  })
})

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let candle: StockedProduct
    let admin: { headers: Record<string, string> }
    const ids: Record<string, string> = {}

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container)
      candle = await createStockedProduct(container, shop, { title: "Zinc candle holder", price: 20, stock: 50 })
      admin = await signInAsNewAdmin(api, container, "limits.marketing@fairmade.test")
      const { result } = await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: ["ONCE10", "FIRST5", "OPEN10"].map((code) => ({
            code,
            type: "standard" as const,
            status: "active" as const,
            application_method: { type: "percentage" as const, target_type: "order" as const, allocation: "across" as const, value: code === "FIRST5" ? 5 : 10 },
          })),
        },
      })
      for (const promotion of result) ids[promotion.code!] = promotion.id
    })

    const cartFor = async (email: string) => (await addAddressAndDelivery(api, shop, await createCart(api, shop, [{ variant_id: candle.variantId, quantity: 2 }]), email)).id as string
    const applyCodes = (cartId: string, promo_codes: string[]) => answer(api.post(`/store/carts/${cartId}/promotions`, { promo_codes }, shop.store))
    const codesOf = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, shop.store)).data.cart.promotions.map((promotion: { code: string }) => promotion.code).sort()
    const pay = async (cartId: string) => {
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      await api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, shop.store)
    }
    const setLimits = (code: string, limits: Record<string, unknown>) => answer(api.post(`/admin/promotions/${ids[code]}/customer-limits`, limits, admin))
    const orderWith = async (email: string, codes: string[]) => {
      const cartId = await cartFor(email)
      if (codes.length > 0) expect((await applyCodes(cartId, codes)).status).toBe(200)
      await pay(cartId)
      const completed = await completeCart(api, shop, cartId)
      expect(completed.data.type).toBe("order")
      return completed.data.order
    }

    it("lets an admin set the limits, and says what to fix in a bad request", async () => {
      expect((await answer(api.get(`/admin/promotions/${ids.ONCE10}/customer-limits`, admin))).data).toEqual({ promotion_id: ids.ONCE10, limits: { once_per_customer: false, first_order_only: false } })
      const set = await setLimits("ONCE10", { once_per_customer: true, first_order_only: false })
      expect(set.status).toBe(200)
      expect(set.data).toEqual({ promotion_id: ids.ONCE10, limits: { once_per_customer: true, first_order_only: false } })
      expect((await answer(api.get(`/admin/promotions/${ids.ONCE10}/customer-limits`, admin))).data.limits).toEqual({ once_per_customer: true, first_order_only: false })

      const bad = await setLimits("ONCE10", { once_per_customer: "yes", first_order_only: false })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/once_per_customer/)
      expect((await setLimits("ONCE10", { once_per_customer: true, first_order_only: false, budget: 3 })).status).toBe(400)
      expect((await answer(api.post(`/admin/promotions/promo_missing/customer-limits`, { once_per_customer: true, first_order_only: true }, admin))).status).toBe(404)
      expect((await answer(api.post(`/admin/promotions/${ids.ONCE10}/customer-limits`, { once_per_customer: false, first_order_only: false }))).status).toBe(401)
    })

    it("refuses a once-per-customer code the second time, by e-mail and in any letter case, with the reason", async () => {
      await setLimits("ONCE10", { once_per_customer: true, first_order_only: false })
      const first = await orderWith("once@fairmade.test", ["ONCE10"])
      expect(first.discount_total).toBe(4) // 10 % of 40

      const cartId = await cartFor("once@fairmade.test")
      const refused = await applyCodes(cartId, ["ONCE10"])
      expect(refused.status).toBe(400)
      expect(refused.data).toEqual({
        type: "invalid_data",
        code: "promo_code_already_used",
        message: "ONCE10 can be used once per customer and has already been used with this account or e-mail.",
      })
      expect(await codesOf(cartId)).toEqual([])
      // Other codes still work for this customer, and ONCE10 for someone else.
      expect((await applyCodes(cartId, ["OPEN10"])).status).toBe(200)
      expect((await applyCodes(await cartFor("someone.else@fairmade.test"), ["ONCE10"])).status).toBe(200)
    })

    it("refuses a first-order-only code to a returning customer, when added and when the e-mail changes before completion", async () => {
      await setLimits("FIRST5", { once_per_customer: false, first_order_only: true })
      await orderWith("returning@fairmade.test", [])

      const returning = await cartFor("returning@fairmade.test")
      const refused = await applyCodes(returning, ["FIRST5"])
      expect(refused.status).toBe(400)
      expect(refused.data).toEqual({ type: "invalid_data", code: "promo_code_first_order_only", message: "FIRST5 is only for a first order." })
      expect(await codesOf(returning)).toEqual([])

      // A newcomer gets it; giving a returning customer's e-mail afterwards does not keep it.
      const newcomer = await cartFor("newcomer@fairmade.test")
      expect((await applyCodes(newcomer, ["FIRST5"])).status).toBe(200)
      expect(await codesOf(newcomer)).toEqual(["FIRST5"])
      await api.post(`/store/carts/${newcomer}`, { email: "returning@fairmade.test" }, shop.store)
      await pay(newcomer)
      const completion = await completeCart(api, shop, newcomer)
      expect(completion.status).toBe(400)
      expect(completion.data.message).toBe("FIRST5 is only for a first order.")

      // Without the limit, the same customer may use it.
      await setLimits("FIRST5", { once_per_customer: false, first_order_only: false })
      expect((await applyCodes(returning, ["FIRST5"])).status).toBe(200)
    })
  },
})
