import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../backend/src/scripts/seed"
import { BACKEND_DIR } from "../helpers/backend"
import { storeHeaders } from "../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as any)
    })

    beforeEach(async () => {
      store = await storeHeaders(getContainer())
    })

    it("answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("offers a region per currency", async () => {
      const { data } = await api.get("/store/regions", store)
      const currencies = data.regions.map((region: any) => region.currency_code).sort()
      expect(currencies).toEqual(["eur", "gbp"])
    })

    it("lists published products with prices in the region's currency and their facts", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const uk = regions.regions.find((region: any) => region.currency_code === "gbp")
      const { data } = await api.get(
        `/store/products?region_id=${uk.id}&limit=100&fields=*variants.calculated_price,+metadata,*categories`,
        store,
      )
      expect(data.count).toBeGreaterThanOrEqual(40)
      for (const product of data.products) {
        expect(product.categories.length).toBeGreaterThan(0)
        expect(product.metadata).toEqual(expect.objectContaining({ origin: expect.any(String), materials: expect.any(String) }))
        for (const variant of product.variants) {
          expect(variant.calculated_price.currency_code).toBe("gbp")
          expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
        }
      }
    })

    it("reports stock per variant, with some variants nearly or fully sold out", async () => {
      const { data } = await api.get("/store/products?limit=100&fields=+variants.inventory_quantity", store)
      const quantities = data.products.flatMap((product: any) => product.variants.map((variant: any) => variant.inventory_quantity))
      expect(quantities.some((quantity: number) => quantity === 0)).toBe(true)
      expect(quantities.some((quantity: number) => quantity > 0 && quantity <= 3)).toBe(true)
      expect(quantities.some((quantity: number) => quantity > 20)).toBe(true)
    })

    it("refuses store requests without a publishable key, saying what is missing", async () => {
      const error = await api.get("/store/products").catch((e: any) => e)
      expect(error.response.status).toBe(400)
      expect(error.response.data.message).toMatch(/publishable/i)
    })

    it("lists the three stores with opening hours through the click-and-collect plugin", async () => {
      const { data } = await api.get("/store/pickup-locations", store)
      const names = data.pickup_locations.map((location: any) => location.name).sort()
      expect(names).toEqual(["London Covent Garden", "Lyon Part-Dieu", "Paris Le Marais"])
      for (const location of data.pickup_locations) {
        expect(location.opening_hours).toEqual(expect.objectContaining({ mon: expect.any(String), sun: expect.any(String) }))
        expect(location.address.city).toEqual(expect.any(String))
      }
    })

    it("seeds once: a second run changes nothing", async () => {
      const before = await api.get("/store/products?limit=1", store)
      await seed({ container: getContainer(), args: [] } as any)
      const after = await api.get("/store/products?limit=1", store)
      expect(after.data.count).toBe(before.data.count)
    })
  },
})
