import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import path from "node:path"
import seed from "../../backend/src/scripts/seed"
import { signInAsNewAdmin } from "../helpers/auth"
import { BACKEND_DIR } from "../helpers/backend"
import { eventually } from "../helpers/browser"
import { storeHeaders } from "../helpers/store"
import type RecommendationModuleService from "../../plugins/recommendations/src/modules/recommendation/service"

// The built plugin, not its source: the very workflows the running backend registered.
const { importRetailHistory, recordSignalsWorkflow } = require("@fairmade/recommendations/workflows") as typeof import("../../plugins/recommendations/src/workflows")
const deleteOldSignalsJob = require("@fairmade/recommendations/jobs/delete-old-signals").default as typeof import("../../plugins/recommendations/src/jobs/delete-old-signals").default

jest.setTimeout(180_000)

const SAMPLE = path.join(BACKEND_DIR, "data/online-retail-sample.csv")

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers

    const call = (request: Promise<any>) => request.catch((error: any) => error.response)
    const signals = () => getContainer().resolve<RecommendationModuleService>("recommendation").listRecommendationSignals({}, { take: null })
    const productIds = async (): Promise<string[]> => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"] })
      return data.map((product: { id: string }) => product.id)
    }

    // The runner snapshots the database after this and restores it before every test:
    // each test starts from the seeded shop, its imported history and a first training.
    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] } as any)
      store = await storeHeaders(getContainer())
      admin = await signInAsNewAdmin(api, getContainer(), "recommender@fairmade.test")
      // A no-op if the demo seed already imported it.
      await importRetailHistory(getContainer(), SAMPLE)
      expect((await signals()).length).toBeGreaterThan(1000)
      const { data } = await api.post("/admin/recommendations/train", {}, admin)
      expect(data.training.lists).toBeGreaterThan(40)
      // Seeding, importing and a first training: minutes on a shared, loaded machine.
    }, 600_000)

    describe("GET /store/recommendations validation", () => {
      it.each([
        ["", /placement/],
        ["?placement=everywhere", /placement/],
        ["?placement=product", /placement=product needs exactly one product_id/],
        ["?placement=product&product_id=a&product_id=b", /exactly one product_id/],
        ["?placement=cart", /placement=cart needs the cart's product ids/],
        ["?placement=home&product_id=prod_1", /placement=home takes no product_id/],
        ["?placement=home&limit=500", /limit/],
        ["?placement=home&colour=red", /colour|unrecognized/i],
        ["?placement=product&product_id=%27%3Bdrop", /must be a product id/],
        ["?placement=product&product_id=prod_1&anonymous_id=visitor-0001-abcd", /same for every shopper: no anonymous_id/],
        ["?placement=cart&product_id=prod_1&anonymous_id=visitor-0001-abcd", /same for every shopper: no anonymous_id/],
        ["?placement=home&anonymous_id=short", /anonymous_id/],
        ["?placement=recently_viewed&anonymous_id=%27%3Bdrop%20table%20x", /anonymous_id/],
      ])("refuses %s with a 400 saying what is wrong", async (search, message) => {
        const response = await call(api.get(`/store/recommendations${search}`, store))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })
    })

    describe("trained on the shipped sample of real orders", () => {
      it("keeps the historical dates of imported purchases and imports once", async () => {
        const stored = await signals()
        expect(stored.length).toBeGreaterThan(1000)
        expect(stored.every((signal: any) => new Date(signal.created_at).getUTCFullYear() <= 2011)).toBe(true)
        expect(await importRetailHistory(getContainer(), SAMPLE)).toEqual({ imported: 0 })
      })

      it("answers the home row for a visitor with popular products", async () => {
        const { data } = await api.get("/store/recommendations?placement=home&limit=6", store)
        expect(data).toEqual({ placement: "home", source: "popularity", product_ids: expect.any(Array) })
        expect(data.product_ids).toHaveLength(6)
        expect(new Set(data.product_ids).size).toBe(6)
        const known = new Set(await productIds())
        for (const id of data.product_ids) expect(known.has(id)).toBe(true)
      })

      it("answers a product page with products bought with it, never the product itself", async () => {
        const [product] = await productIds()
        const { data } = await api.get(`/store/recommendations?placement=product&product_id=${product}`, store)
        expect(data.source).toBe("product")
        expect(data.product_ids).toHaveLength(8)
        expect(data.product_ids).not.toContain(product)
      })

      it("answers a cart with complements of its products, leaving out what is in it", async () => {
        const [first, second] = await productIds()
        const { data } = await api.get(`/store/recommendations?placement=cart&product_id=${first},${second}`, store)
        expect(data.source).toBe("cart")
        expect(data.product_ids).not.toContain(first)
        expect(data.product_ids).not.toContain(second)
      })

      it("never returns an item that is in the cart, whatever the cart holds", async () => {
        const all = await productIds()
        for (const size of [1, 3, 6]) {
          const cart = all.slice(size, size * 2)
          const { data } = await api.get(`/store/recommendations?placement=cart&limit=12&product_id=${cart.join(",")}`, store)
          expect(data.product_ids).toHaveLength(12)
          for (const id of cart) expect(data.product_ids).not.toContain(id)
        }
      })

      it("ranks a cart's complements by the products in it: different carts, different rows", async () => {
        const [first, , , fourth] = await productIds()
        const one = (await api.get(`/store/recommendations?placement=cart&product_id=${first}`, store)).data.product_ids
        const other = (await api.get(`/store/recommendations?placement=cart&product_id=${fourth}`, store)).data.product_ids
        expect(one).not.toEqual(other)
      })

      it("falls back to popularity for a product it has no list for", async () => {
        const { data } = await api.get("/store/recommendations?placement=product&product_id=prod_unknown", store)
        expect(data.source).toBe("popularity")
        expect(data.product_ids.length).toBeGreaterThan(0)
      })
    })

    describe("POST /store/recommendations/signals", () => {
      const anonymousId = "visitor-0001-abcd"

      it("stores nothing without consent", async () => {
        const before = (await signals()).length
        const [product] = await productIds()
        const response = await api.post(
          "/store/recommendations/signals",
          { consent: false, anonymous_id: anonymousId, signals: [{ type: "view", product_id: product }] },
          store,
        )
        expect(response.status).toBe(202)
        expect(response.data.stored).toBe(0)
        expect((await signals()).length).toBe(before)
      })

      it("stores a consented batch of views and add-to-carts under the anonymous id, dropping unknown products", async () => {
        const [first, second] = await productIds()
        const response = await api.post(
          "/store/recommendations/signals",
          {
            consent: true,
            anonymous_id: anonymousId,
            signals: [
              { type: "view", product_id: first },
              { type: "add_to_cart", product_id: second },
              { type: "view", product_id: "prod_does_not_exist" },
            ],
          },
          store,
        )
        expect(response.status).toBe(202)
        expect(response.data.stored).toBe(2)
        const mine = (await signals()).filter((signal: any) => signal.anonymous_id === anonymousId)
        expect(mine.map((signal: any) => [signal.type, signal.product_id]).sort()).toEqual([["add_to_cart", second], ["view", first]].sort())
      })

      it.each([
        [{ consent: true, anonymous_id: "visitor-0001-abcd", signals: [{ type: "purchase", product_id: "prod_1" }] }, /signals.0.type/],
        [{ consent: true, anonymous_id: "visitor-0001-abcd", signals: [] }, /signals/],
        [{ consent: true, signals: [{ type: "view", product_id: "prod_1" }] }, /anonymous_id is required/],
        [{ consent: "yes", anonymous_id: "visitor-0001-abcd", signals: [{ type: "view", product_id: "prod_1" }] }, /consent/],
        [{ consent: true, anonymous_id: "x", signals: [{ type: "view", product_id: "prod_1" }] }, /anonymous_id/],
        [{ consent: true, anonymous_id: "visitor-0001-abcd", signals: [{ type: "view", product_id: "prod_1", price: 3 }] }, /price|unrecognized/i],
      ])("refuses a malformed batch with a 400: %j", async (body, message) => {
        const response = await call(api.post("/store/recommendations/signals", body, store))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("hands a visitor's signals to the customer right at sign-in, for the account page's first view", async () => {
        const [first, second] = await productIds()
        // One batch per page view, as the storefront sends them: the order is the order of the views.
        for (const productId of [first, second]) {
          await api.post("/store/recommendations/signals", { consent: true, anonymous_id: anonymousId, signals: [{ type: "view", product_id: productId }] }, store)
        }
        const customer = await signInAsShopper("merger@recommendations.test")
        const merged = await api.post("/store/recommendations/visitor-merge", { anonymous_id: anonymousId }, customer)
        expect(merged.data).toEqual({ merged: 2 })
        const { data } = await api.get("/store/recommendations?placement=recently_viewed", customer)
        expect(data.product_ids).toEqual([second, first])
        expect((await api.post("/store/recommendations/visitor-merge", { anonymous_id: anonymousId }, customer)).data).toEqual({ merged: 0 })

        expect((await call(api.post("/store/recommendations/visitor-merge", { anonymous_id: anonymousId }, store))).status).toBe(401)
        const bad = await call(api.post("/store/recommendations/visitor-merge", { anonymous_id: "x" }, customer))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/anonymous_id/)
      })

      it("gives a visitor's signals to the customer on their first signed-in call, then personalises their home row", async () => {
        const [first, second, third] = await productIds()
        await api.post(
          "/store/recommendations/signals",
          { consent: true, anonymous_id: anonymousId, signals: [{ type: "view", product_id: first }, { type: "add_to_cart", product_id: second }] },
          store,
        )
        const customer = await signInAsShopper("shopper@recommendations.test")
        const response = await api.post(
          "/store/recommendations/signals",
          { consent: true, anonymous_id: anonymousId, signals: [{ type: "view", product_id: third }] },
          customer,
        )
        expect(response.data).toEqual({ stored: 1, merged: 2 })
        const customerId = (await api.get("/store/customers/me", customer)).data.customer.id
        const theirs = (await signals()).filter((signal: any) => signal.customer_id === customerId)
        expect(theirs).toHaveLength(3)
        expect(theirs.every((signal: any) => signal.anonymous_id === anonymousId || signal.anonymous_id === null)).toBe(true)

        await api.post("/admin/recommendations/train", {}, admin)
        const { data } = await api.get("/store/recommendations?placement=home", customer)
        expect(data.source).toBe("personal")
        expect(data.product_ids).toHaveLength(8)
      })
    })

    describe("anonymous visitors and recently viewed, live from their signals", () => {
      const visitor = "visitor-live-0002"
      const report = (type: "view" | "add_to_cart", product_id: string, anonymous_id = visitor) =>
        api.post("/store/recommendations/signals", { consent: true, anonymous_id, signals: [{ type, product_id }] }, store)
      const ask = async (search: string) => (await api.get(`/store/recommendations?${search}`, store)).data

      it("blends a visitor's views with the item model, so their home row changes after they browse", async () => {
        const before = await ask(`placement=home&anonymous_id=${visitor}`)
        expect(before.source).toBe("popularity")
        const popular = await ask("placement=home")
        expect(before.product_ids).toEqual(popular.product_ids)

        const [, , , , viewed, carted] = await productIds()
        await report("view", viewed)
        await report("add_to_cart", carted)
        const after = await ask(`placement=home&anonymous_id=${visitor}`)
        expect(after.source).toBe("session")
        expect(after.product_ids).toHaveLength(8)
        expect(after.product_ids).not.toEqual(before.product_ids)
        // Discoveries: what the visitor already looked at or carted is not offered again.
        expect(after.product_ids).not.toContain(viewed)
        expect(after.product_ids).not.toContain(carted)
        // Another visitor is not affected.
        expect((await ask("placement=home&anonymous_id=visitor-someone-else")).source).toBe("popularity")
      })

      it("lists a visitor's viewed products newest first, each once, without the product on screen", async () => {
        const [a, b, c] = await productIds()
        for (const product of [a, b, c, a]) await report("view", product)
        await report("add_to_cart", b)
        expect((await ask(`placement=recently_viewed&anonymous_id=${visitor}`)).product_ids).toEqual([a, c, b])
        const onProductPage = await ask(`placement=recently_viewed&anonymous_id=${visitor}&product_id=${c}`)
        expect(onProductPage).toEqual({ placement: "recently_viewed", source: "recently_viewed", product_ids: [a, b] })
        expect((await ask(`placement=recently_viewed&anonymous_id=${visitor}&limit=1`)).product_ids).toEqual([a])
      })

      it("shows nothing recently viewed to a visitor without signals, never popular products instead", async () => {
        expect((await ask("placement=recently_viewed")).product_ids).toEqual([])
        expect((await ask("placement=recently_viewed&anonymous_id=visitor-never-seen")).product_ids).toEqual([])
      })

      it("keeps a visitor's views once they sign in: the customer's recently viewed", async () => {
        const [a, b] = await productIds()
        await report("view", a)
        await report("view", b)
        const customer = await signInAsShopper("viewer@recommendations.test")
        await api.post("/store/recommendations/signals", { consent: true, anonymous_id: visitor, signals: [{ type: "add_to_cart", product_id: a }] }, customer)
        const { data } = await api.get("/store/recommendations?placement=recently_viewed", customer)
        expect(data.product_ids).toEqual([b, a])
        // Merged away: the cookie id alone no longer shows them.
        expect((await ask(`placement=recently_viewed&anonymous_id=${visitor}`)).product_ids).toEqual([])
        // Not trained yet, the new customer's home row comes from their session.
        expect((await api.get("/store/recommendations?placement=account", customer)).data.source).toBe("session")
      })
    })

    describe("POST /admin/recommendations/train: on demand in full, scheduled incrementally", () => {
      const train = async (body: Record<string, unknown>) => (await api.post("/admin/recommendations/train", body, admin)).data.training
      const report = (headers: Headers, signals: { type: string; product_id: string }[], anonymous_id?: string) =>
        api.post("/store/recommendations/signals", { consent: true, anonymous_id, signals }, headers)

      it.each([[{ mode: "partial" }, /mode/], [{ mode: "auto", since: "yesterday" }, /since|unrecognized/i]])("refuses %j with a 400", async (body, message) => {
        const response = await call(api.post("/admin/recommendations/train", body, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
      })

      it("skips when nothing changed, then adds only the new signals, rewriting only the lists they touch", async () => {
        const [a, b, c] = await productIds()
        const regular = await signInAsShopper("regular@recommendations.test")
        await report(regular, [{ type: "add_to_cart", product_id: a }])
        const full = await train({})
        expect(full).toEqual(expect.objectContaining({ mode: "full", reason: "full retrain requested" }))
        expect(full.signals).toBeGreaterThan(1000)
        expect(await train({ mode: "auto" })).toEqual(expect.objectContaining({ mode: "skip", signals: 0, lists: 0 }))

        await report(store, [{ type: "view", product_id: a }, { type: "add_to_cart", product_id: b }], "visitor-incremental-1")
        const visitorRun = await train({ mode: "auto" })
        expect(visitorRun).toEqual(expect.objectContaining({ mode: "incremental", reason: "2 new signals", signals: 2 }))
        // Product, neighbour and popular lists only: the regular customer's two lists are kept, not rewritten.
        expect(visitorRun.lists).toBe(full.lists - 2)
        expect((await api.get("/store/recommendations?placement=account", regular)).data.source).toBe("personal")

        const newcomer = await signInAsShopper("incremental@recommendations.test")
        await report(newcomer, [{ type: "view", product_id: c }])
        const newcomerRun = await train({ mode: "auto" })
        expect(newcomerRun).toEqual(expect.objectContaining({ mode: "incremental", signals: 1, lists: visitorRun.lists + 2 }))
        expect((await api.get("/store/recommendations?placement=home", newcomer)).data.source).toBe("personal")
        expect((await train({ mode: "auto" })).mode).toBe("skip")
      })

      it("retrains in full when a visitor's signals become a customer's", async () => {
        await train({})
        const [a] = await productIds()
        await report(store, [{ type: "view", product_id: a }], "visitor-incremental-2")
        const customer = await signInAsShopper("merged@recommendations.test")
        await report(customer, [{ type: "view", product_id: a }], "visitor-incremental-2")
        expect(await train({ mode: "auto" })).toEqual(expect.objectContaining({ mode: "full", reason: "visitors' signals merged into customers" }))
      })

      it("retrains in full when the catalogue changed, so new and edited products get their lists", async () => {
        await train({})
        const [a] = await productIds()
        await api.post(`/admin/products/${a}`, { title: "Renamed for recommendations" }, admin)
        expect(await train({ mode: "auto" })).toEqual(expect.objectContaining({ mode: "full", reason: "catalogue changed" }))
        expect((await train({ mode: "auto" })).mode).toBe("skip")
      })
    })

    describe("robust signals", () => {
      const post = (anonymous_id: string, signals: { type: string; product_id: string }[]) =>
        call(api.post("/store/recommendations/signals", { consent: true, anonymous_id, signals }, store))
      const stored = async (anonymous_id: string) => (await signals()).filter((signal: any) => signal.anonymous_id === anonymous_id).length

      it("caps signals per shopper and per address per hour: 429, and nothing stored beyond the cap", async () => {
        const saved = { ...process.env }
        process.env.RECOMMENDATION_SIGNALS_PER_SHOPPER_HOUR = "5"
        process.env.RECOMMENDATION_SIGNALS_PER_ADDRESS_HOUR = "12"
        try {
          const [a, b, c] = await productIds()
          const views = (...ids: string[]) => ids.map((product_id) => ({ type: "view", product_id }))
          expect((await post("visitor-capped-0001", views(a, b, c))).data).toEqual({ stored: 3, merged: 0 })
          const refused = await post("visitor-capped-0001", views(a, b, c))
          expect(refused.status).toBe(429)
          expect(refused.headers["retry-after"]).toBe("3600")
          expect(refused.data).toEqual(expect.objectContaining({ type: "too_many_signals", stored: 0 }))
          expect(refused.data.message).toMatch(/this shopper may send 5 per hour and sent 3/)
          expect(await stored("visitor-capped-0001")).toBe(3)
          expect((await post("visitor-capped-0001", views(a, b))).data.stored).toBe(2)
          expect((await post("visitor-capped-0001", views(a))).status).toBe(429)
          expect(await stored("visitor-capped-0001")).toBe(5)

          // Fresh cookie ids from the same address: the address cap (12) stops them.
          expect((await post("visitor-capped-0002", views(a, b, c, a, b))).data.stored).toBe(5)
          const third = await post("visitor-capped-0003", views(a, b, c))
          expect(third.status).toBe(429)
          expect(third.data.message).toMatch(/this address may send 12 per hour and sent 10/)
          expect(await stored("visitor-capped-0003")).toBe(0)
          expect((await post("visitor-capped-0003", views(a, b))).data.stored).toBe(2)
          // Signals keep a digest of the address, never the address.
          const kept = (await signals()).filter((signal: any) => signal.anonymous_id === "visitor-capped-0003")
          expect(kept.every((signal: any) => /^[0-9a-f]{32}$/.test(signal.client_key))).toBe(true)
        } finally {
          process.env = saved
        }
      })

      it("150 anonymous posts pairing a product with another no longer move its 'Goes well with' row", async () => {
        const all = await productIds()
        const product = all[0]
        const goesWellWith = async () => (await api.get(`/store/recommendations?placement=product&product_id=${product}&limit=8`, store)).data.product_ids as string[]
        // A visitor's ordinary view, so that the baseline is trained as of now, as the attacked one will be.
        await post("visitor-ordinary-0001", [{ type: "view", product_id: all[5] }])
        await api.post("/admin/recommendations/train", {}, admin)
        const before = await goesWellWith()
        const target = all.find((id) => id !== product && !before.includes(id))!
        for (let i = 0; i < 150; i++) {
          const response = await post(`visitor-sybil-${String(i).padStart(4, "0")}`, [{ type: "view", product_id: product }, { type: "add_to_cart", product_id: target }])
          expect(response.status).toBe(202)
        }
        expect((await signals()).filter((signal: any) => signal.anonymous_id?.startsWith("visitor-sybil-")).length).toBe(300)
        await api.post("/admin/recommendations/train", {}, admin)
        const after = await goesWellWith()
        expect(after).not.toContain(target)
        expect(after).toEqual(before)
      })

      it("the retention job deletes shoppers' signals older than 13 months, keeping newer ones and the imported history", async () => {
        const [a, b] = await productIds()
        const monthsAgo = (months: number) => {
          const date = new Date()
          date.setUTCMonth(date.getUTCMonth() - months)
          return date
        }
        const imported = (await signals()).filter((signal: any) => signal.anonymous_id?.startsWith("online-retail:")).length
        await recordSignalsWorkflow(getContainer()).run({
          input: {
            signals: [
              { type: "view", product_id: a, anonymous_id: "visitor-retention-old", created_at: monthsAgo(14) },
              { type: "purchase", product_id: b, customer_id: "cus_retention_old", basket_id: "order_old", created_at: monthsAgo(14) },
              { type: "view", product_id: b, anonymous_id: "visitor-retention-new", created_at: monthsAgo(12) },
            ],
          },
        })
        await deleteOldSignalsJob(getContainer())
        const left = await signals()
        expect(left.filter((signal: any) => signal.anonymous_id === "visitor-retention-old" || signal.customer_id === "cus_retention_old")).toEqual([])
        expect(left.filter((signal: any) => signal.anonymous_id === "visitor-retention-new")).toHaveLength(1)
        expect(left.filter((signal: any) => signal.anonymous_id?.startsWith("online-retail:")).length).toBe(imported)
        expect(imported).toBeGreaterThan(1000)
      })
    })

    it("refuses training to anyone but staff", async () => {
      const response = await call(api.post("/admin/recommendations/train", {}, store))
      expect(response.status).toBe(401)
    })

    it("records a placed order's products as its customer's purchases, once per product", async () => {
      const order = await placeOrderInTheDemoShop()
      await eventually(async () => {
        const recorded = (await signals()).filter((signal: any) => signal.basket_id === order.id)
        expect(recorded).toEqual([expect.objectContaining({ type: "purchase", product_id: order.items[0].product_id, customer_id: expect.stringMatching(/^cus_/) })])
      })
    })

    /** Two units of a product in stock, delivered in the UK, paid with the system provider. */
    async function placeOrderInTheDemoShop(): Promise<any> {
      const { data: regions } = await api.get("/store/regions", store)
      const uk = regions.regions.find((region: any) => region.currency_code === "gbp")
      const { data: catalogue } = await api.get(`/store/products?region_id=${uk.id}&limit=100&fields=+variants.inventory_quantity`, store)
      const variant = catalogue.products.flatMap((product: any) => product.variants).find((candidate: any) => candidate.inventory_quantity > 5)
      const { data: created } = await api.post("/store/carts", { region_id: uk.id, email: "buyer@recommendations.test" }, store)
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 2 }, store)
      const address = { first_name: "Sam", last_name: "Buyer", address_1: "1 High Street", city: "London", postal_code: "WC2E 8BE", country_code: "gb" }
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      const delivery = options.shipping_options.find((option: any) => option.name === "Standard delivery")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: delivery.id }, store)
      const { data: payment } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${payment.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toBe("order")
      return completed.order
    }

    /** A registered, signed-in shopper: the storefront's headers plus their bearer token. */
    async function signInAsShopper(email: string): Promise<Headers> {
      const password = "correct-horse-battery"
      const withToken = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Alex", last_name: "Reed" }, withToken(registered.data.token))
      return withToken((await api.post("/auth/customer/emailpass", { email, password })).data.token)
    }
  },
})
