/**
 * GET /store/search on the seeded demo shop, with the embedded engine (and
 * Meilisearch in front when MEILISEARCH_HOST is set), plus sync and reindex.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../backend/src/scripts/seed"
import { signInAsNewAdmin } from "../helpers/auth"
import { BACKEND_DIR } from "../helpers/backend"
import { storeHeaders } from "../helpers/store"

jest.setTimeout(180_000)

const SYNC_WAIT_MS = 20_000

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const search = async (params: string) => (await api.get(`/store/search?${params}`, store)).data
    const refusal = async (params: string) => {
      const error = await api.get(`/store/search?${params}`, store).catch((e: any) => e)
      return { status: error.response?.status, message: String(error.response?.data?.message) }
    }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as any)
      store = await storeHeaders(getContainer())
      admin = await signInAsNewAdmin(api, getContainer(), "search@fairmade.test")
      await api.post("/admin/search/reindex", {}, admin)
    })

    it("reindexes on demand and reports what it holds", async () => {
      const { data } = await api.post("/admin/search/reindex", {}, admin)
      expect(data.indexed).toBeGreaterThanOrEqual(40)
      expect(data.status).toEqual(
        expect.objectContaining({ document_count: data.indexed, last_synced_at: expect.any(String), engine: expect.any(String) }),
      )
      const status = await api.get("/admin/search/status", admin)
      expect(status.data.status.document_count).toBe(data.indexed)
    })

    it("keeps reindexing and status to signed-in staff", async () => {
      expect((await api.post("/admin/search/reindex", {}).catch((e: any) => e)).response.status).toBe(401)
    })

    it("finds 'Hanging Heart T-Light Holder' from 'hart holdr', highlighted, with a suggestion", async () => {
      const result = await search("q=hart%20holdr&currency=gbp")
      expect(result.hits[0].title).toMatch(/Heart.*Holder/)
      expect(result.hits[0].highlight.title).toMatch(/<mark>Heart<\/mark>.*<mark>Holder<\/mark>/)
      expect(result.hits[0].price).toEqual({ amount: expect.any(Number), currency_code: "gbp" })
      expect(result.did_you_mean).toBe("heart holder")
    })

    it("counts facets that add up to the results", async () => {
      const { total, facets } = await search("q=&currency=eur")
      expect(total).toBeGreaterThanOrEqual(40)
      const sum = (values: { count: number }[]) => values.reduce((all, value) => all + value.count, 0)
      expect(sum(facets.category)).toBe(total) // one category per demo product
      expect(sum(facets.price_range)).toBe(total)
      expect(facets.colour.length).toBeGreaterThan(1)
      expect(facets.availability.map((value: any) => value.label)).toEqual(expect.arrayContaining(["London Covent Garden"]))
    })

    it("filters by category, price, colour and stock at a store", async () => {
      const all = await search("q=&currency=gbp&limit=100")
      const category = all.facets.category[0]
      const inCategory = await search(`category_id=${category.value}&limit=100`)
      expect(inCategory.total).toBe(category.count)
      expect(inCategory.hits.every((hit: any) => hit.categories.some((c: any) => c.id === category.value))).toBe(true)

      const cheap = await search("currency=gbp&price_min=1&price_max=3&limit=100")
      expect(cheap.total).toBeGreaterThan(0)
      expect(cheap.hits.every((hit: any) => hit.price.amount >= 1 && hit.price.amount <= 3)).toBe(true)

      const red = await search("colour=red&limit=100")
      expect(red.total).toBeGreaterThan(0)
      expect(red.hits.every((hit: any) => hit.colours.includes("Red"))).toBe(true)

      const london = all.facets.availability.find((value: any) => value.label === "London Covent Garden")
      const inLondon = await search(`in_stock_at=${london.value}`)
      expect(inLondon.total).toBe(london.count)
      expect(inLondon.total).toBeLessThan(all.total)
    })

    it("finds a product by its new title soon after staff rename it", async () => {
      const [renamed] = (await search("q=&sort=title_asc&limit=1")).hits
      await api.post(`/admin/products/${renamed.id}`, { title: "Zanzibar Moon Lantern" }, admin)
      const deadline = Date.now() + SYNC_WAIT_MS
      let found: any[] = []
      while (Date.now() < deadline && !found.length) {
        found = (await search("q=zanzibar")).hits
        if (!found.length) await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(found.map((hit) => hit.id)).toEqual([renamed.id])
    })

    it.each([
      ["a query over 200 characters", `q=${"a".repeat(201)}`, /q.*200/],
      ["page 0", "q=heart&page=0", /page/],
      ["a limit of 1000", "q=heart&limit=1000", /limit/],
      ["an unknown sort", "q=heart&sort=cheapest", /sort/],
      ["a malformed category id", "category_id=candles", /category_id/],
      ["a price that is not a number", "currency=eur&price_min=cheap", /price_min/],
      ["a price filter without currency", "price_min=5", /currency/],
      ["a minimum above the maximum", "currency=eur&price_min=9&price_max=2", /price_min/],
      ["an unknown parameter", "q=heart&color=red", /color/],
    ])("refuses %s with 400 and says why", async (_, params, why) => {
      const { status, message } = await refusal(params)
      expect(status).toBe(400)
      expect(message).toMatch(why)
    })
  },
})
