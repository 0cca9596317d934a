import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkCustomersToCustomerGroupWorkflow } from "@medusajs/medusa/core-flows"
import { seedPromotions } from "../../backend/src/scripts/seed/promotions"
import { BACKEND_DIR } from "../helpers/backend"
import { addAddressAndDelivery, answer, createCart } from "../helpers/checkout"
import { createCategory, createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"

jest.setTimeout(180_000)

// Prices in euros; the shop's standard delivery costs 5.
const CANDLE_PRICE = 20
const BAUBLE_PRICE = 30
const VASE_PRICE = 25
const TOWEL_PRICE = 10

const totals = (cart: any) => ({
  item_subtotal: cart.item_subtotal,
  discount_total: cart.discount_total,
  shipping_total: cart.shipping_total,
  total: cart.total,
})
const codesOf = (cart: any) => cart.promotions.map((promotion: { code: string }) => promotion.code).sort()

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let candle: StockedProduct
    let bauble: StockedProduct
    let vase: StockedProduct
    let towel: StockedProduct
    let friendsGroupId: string

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container)
      const christmas = await createCategory(container, "Christmas", "christmas")
      candle = await createStockedProduct(container, shop, { title: "Zinc candle holder", price: CANDLE_PRICE, stock: 50 })
      bauble = await createStockedProduct(container, shop, { title: "Glass bauble", price: BAUBLE_PRICE, stock: 50, categoryIds: [christmas] })
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: VASE_PRICE, stock: 50 })
      towel = await createStockedProduct(container, shop, { title: "Linen tea towel", price: TOWEL_PRICE, stock: 50 })
      const input = { christmasCategoryId: christmas, saleProductIds: [vase.productId], friendsProductIds: [candle.productId] }
      ;({ customerGroupId: friendsGroupId } = await seedPromotions(container, input))
    })

    const cartWith = async (items: { variant_id: string; quantity: number }[]) => {
      const cartId = await createCart(api, shop, items)
      return addAddressAndDelivery(api, shop, cartId)
    }
    const applyCodes = (cartId: string, promo_codes: string[]) =>
      answer(api.post(`/store/carts/${cartId}/promotions`, { promo_codes }, shop.store))

    it("takes 10% off the order with WELCOME10, shipping excluded", async () => {
      const cart = await cartWith([{ variant_id: candle.variantId, quantity: 2 }])
      expect(totals(cart)).toEqual({ item_subtotal: 40, discount_total: 0, shipping_total: 5, total: 45 })

      const applied = await applyCodes(cart.id, ["WELCOME10"])
      expect(applied.status).toBe(200)
      expect(codesOf(applied.data.cart)).toEqual(["WELCOME10"])
      expect(totals(applied.data.cart)).toEqual({ item_subtotal: 40, discount_total: 4, shipping_total: 5, total: 41 })
    })

    it.each([
      ["an expired code", "SUMMER23", "promo_code_expired", "SUMMER23 expired on 2023-08-31."],
      ["a used-up code", "FIRST50", "promo_code_limit_reached", "FIRST50 has reached its usage limit."],
      ["an unknown code", "WELCOME11", "promo_code_unknown", "WELCOME11 is not a valid promo code."],
      ["a code for other items", "CHRISTMAS15", "promo_code_not_applicable", "CHRISTMAS15 does not apply to your cart."],
    ])("refuses %s with a 400 saying why, and leaves the cart as it was", async (_, code, reason, message) => {
      const cart = await cartWith([{ variant_id: candle.variantId, quantity: 2 }])
      const refused = await applyCodes(cart.id, [code])
      expect(refused.status).toBe(400)
      expect(refused.data).toEqual({ type: "invalid_data", code: reason, message })

      const { data } = await api.get(`/store/carts/${cart.id}`, shop.store)
      expect(codesOf(data.cart)).toEqual([])
      expect(totals(data.cart)).toEqual({ item_subtotal: 40, discount_total: 0, shipping_total: 5, total: 45 })
    })

    it("applies the Christmas discount to Christmas items by itself, without a code", async () => {
      const cart = await cartWith([
        { variant_id: bauble.variantId, quantity: 1 },
        { variant_id: candle.variantId, quantity: 1 },
      ])
      expect(codesOf(cart)).toEqual(["CHRISTMAS15"])
      // 15% of the bauble's 30 only.
      expect(totals(cart)).toEqual({ item_subtotal: 50, discount_total: 4.5, shipping_total: 5, total: 50.5 })
    })

    it("shows the sale price next to the original price", async () => {
      const { data } = await api.get(
        `/store/products/${vase.productId}?region_id=${shop.regionId}&fields=*variants.calculated_price`,
        shop.store,
      )
      expect(data.product.variants[0].calculated_price).toEqual(
        expect.objectContaining({ calculated_amount: 20, original_amount: 25, calculated_price: expect.objectContaining({ price_list_type: "sale" }) }),
      )
    })

    it("gives friends of the workshop their own price once they are in the group", async () => {
      const email = "friend@fairmade.test"
      const password = "correct-horse-battery"
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      const asRegistered = { headers: { ...shop.store.headers, authorization: `Bearer ${registered.data.token}` } }
      const { data: created } = await api.post("/store/customers", { email, first_name: "Alex", last_name: "Friend" }, asRegistered)
      await linkCustomersToCustomerGroupWorkflow(getContainer()).run({ input: { id: friendsGroupId, add: [created.customer.id] } })

      const signedIn = await api.post("/auth/customer/emailpass", { email, password })
      const asFriend = { headers: { ...shop.store.headers, authorization: `Bearer ${signedIn.data.token}` } }
      const productUrl = `/store/products/${candle.productId}?region_id=${shop.regionId}&fields=*variants.calculated_price`
      const [friendView, publicView] = await Promise.all([api.get(productUrl, asFriend), api.get(productUrl, shop.store)])
      expect(friendView.data.product.variants[0].calculated_price.calculated_amount).toBe(17)
      expect(publicView.data.product.variants[0].calculated_price.calculated_amount).toBe(CANDLE_PRICE)
    })

    it("delivers free from a 50 euro item total", async () => {
      const below = await cartWith([
        { variant_id: candle.variantId, quantity: 1 },
        { variant_id: towel.variantId, quantity: 2 },
      ])
      const atThreshold = await cartWith([
        { variant_id: candle.variantId, quantity: 2 },
        { variant_id: towel.variantId, quantity: 1 },
      ])
      expect(totals(below)).toEqual({ item_subtotal: 40, discount_total: 0, shipping_total: 5, total: 45 })
      expect(totals(atThreshold)).toEqual({ item_subtotal: 50, discount_total: 0, shipping_total: 0, total: 50 })
    })

    it("seeds once: running it again creates no second promotion, price list or group", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async () => {
        const [promotions, lists, groups] = await Promise.all(
          ["promotion", "price_list", "customer_group"].map((entity) => query.graph({ entity, fields: ["id"] })),
        )
        const { data: delivery } = await query.graph({ entity: "shipping_option", fields: ["prices.id"], filters: { id: shop.shippingOptionId } })
        return [promotions.data.length, lists.data.length, groups.data.length, (delivery[0] as any).prices.length]
      }
      const before = await count()
      await seedPromotions(getContainer(), {
        christmasCategoryId: "pcat_unused",
        saleProductIds: [vase.productId],
        friendsProductIds: [candle.productId],
      })
      expect(await count()).toEqual(before)
      // Four codes, two price lists, one group; delivery at 5 and at 0 from 50.
      expect(before).toEqual([4, 2, 1, 2])
    })
  },
})
