import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { BACKEND_DIR } from "../helpers/backend"
import { signInAsNewAdmin } from "../helpers/auth"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"

jest.setTimeout(180_000)

/**
 * Medusa's Caching Module answers `/store/products` (backend/src/config/caching-module.ts).
 * A cache is only worth having if what the shop changes shows at once: each test reads the
 * product (filling the cache), changes it the way the admin does, and reads it again.
 */
medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lamp: StockedProduct
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      shop = await createShop(getContainer())
      lamp = await createStockedProduct(getContainer(), shop, { title: "Brass desk lamp", price: 40, stock: 6 })
      admin = await signInAsNewAdmin(api, getContainer(), "cache-admin@fairmade.test")
    })

    const readLamp = async () => {
      const { data } = await api.get(
        `/store/products?id=${lamp.productId}&region_id=${shop.regionId}&fields=title,*variants.calculated_price,+variants.inventory_quantity`,
        shop.store,
      )
      const variant = data.products[0].variants[0]
      return { title: data.products[0].title, price: variant.calculated_price.calculated_amount, stock: variant.inventory_quantity }
    }

    it("is switched on: Medusa's Caching Module is loaded", () => {
      expect(getContainer().hasRegistration(Modules.CACHING)).toBe(true)
    })

    it("shows a new price, a sale and a new title at once, and stock as it changes", async () => {
      expect(await readLamp()).toEqual({ title: "Brass desk lamp", price: 40, stock: 6 })
      expect(await readLamp()).toEqual({ title: "Brass desk lamp", price: 40, stock: 6 })

      await api.post(`/admin/products/${lamp.productId}/variants/${lamp.variantId}`, { prices: [{ amount: 36, currency_code: "eur" }] }, admin)
      expect((await readLamp()).price).toBe(36)

      await api.post(
        "/admin/price-lists",
        {
          title: "Winter sale",
          description: "Lamps for the long nights",
          type: "sale",
          status: "active",
          prices: [{ variant_id: lamp.variantId, amount: 29, currency_code: "eur" }],
        },
        admin,
      )
      expect((await readLamp()).price).toBe(29)

      await api.post(`/admin/products/${lamp.productId}`, { title: "Brass reading lamp" }, admin)
      expect((await readLamp()).title).toBe("Brass reading lamp")

      await api.post(`/admin/inventory-items/${lamp.inventoryItemId}/location-levels/${shop.locationId}`, { stocked_quantity: 2 }, admin)
      expect((await readLamp()).stock).toBe(2)
    })
  },
})
