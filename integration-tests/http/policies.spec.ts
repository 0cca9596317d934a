/**
 * Issue 16: the shop's documents (versioned terms, privacy, legal, FAQ), the terms
 * version required at checkout and recorded on the order, the contact form (stored and
 * e-mailed to the shop's inbox), the customer's data export and account deletion, and
 * the Google Merchant Center feed.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BACKEND_DIR } from "../helpers/backend"
import { signInAsNewAdmin } from "../helpers/auth"
import { answer, cartReadyToComplete, completeCart } from "../helpers/checkout"
import { asNewClient } from "../helpers/client-ip"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { startMailCatcher } from "../helpers/mail-catcher"

jest.setTimeout(300_000)

const SHOP_INBOX = "inbox+policies@fairmade.test"
let mail: Awaited<ReturnType<typeof startMailCatcher>>

beforeAll(async () => {
  mail = await startMailCatcher()
  process.env.SMTP_URL = mail.smtpUrl
  process.env.SHOP_INBOX_EMAIL = SHOP_INBOX
  process.env.STOREFRONT_URL = "https://shop.fairmade.test"
})

afterAll(async () => {
  await mail?.stop()
})

const TERMS_V1 = { title: "Terms of sale", body: "## Right of withdrawal\nYou have **14 days**." }
const TERMS_V2 = { title: "Terms of sale", body: "## Right of withdrawal\nYou have **14 days**. Now with a new clause." }

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let shop: Shop
    let product: StockedProduct

    beforeAll(async () => {
      const container = getContainer()
      admin = await signInAsNewAdmin(api, container, "content-admin@fairmade.test")
      shop = await createShop(container)
      product = await createStockedProduct(container, shop, { title: "Tea light holder", price: 12.5, stock: 50 })
    })

    const post = (url: string, body: unknown, config: unknown) => answer(api.post(url, body, config))
    const get = (url: string, config?: unknown) => answer(api.get(url, config))
    const withKey = (token?: string) => ({
      headers: { ...shop.store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}), ...asNewClient().headers },
    })

    async function newCustomer(email: string) {
      const password = "a long and memorable password"
      const registered = await post("/auth/customer/emailpass/register", { email, password }, asNewClient())
      await post("/store/customers", { email, first_name: "Camille", last_name: "Martin", phone: "+33 6 12 34 56 78" }, withKey(registered.data.token))
      const signedIn = await post("/auth/customer/emailpass", { email, password }, asNewClient())
      return { token: signedIn.data.token as string, password }
    }

    it("keeps documents as versions: drafts stay unseen until published, a published version is never edited", async () => {
      expect((await get("/store/shop-content/terms", shop.store)).status).toBe(404)
      expect((await post("/admin/shop-content/terms", { title: "Terms", body: "" }, admin)).status).toBe(400)
      expect((await post("/admin/shop-content/terms", { ...TERMS_V1, extra: 1 }, admin)).status).toBe(400)
      expect((await post("/admin/shop-content/nonsense", TERMS_V1, admin)).status).toBe(404)
      expect((await post("/admin/shop-content/terms/publish", {}, admin)).status).toBe(400)

      const draft = await post("/admin/shop-content/terms", TERMS_V1, admin)
      expect(draft.status).toBe(200)
      expect(draft.data.draft).toEqual(expect.objectContaining({ version: 1, published_at: null }))
      expect((await get("/store/shop-content/terms", shop.store)).status).toBe(404)

      expect((await post("/admin/shop-content/terms/publish", {}, admin)).status).toBe(200)
      const published = await get("/store/shop-content/terms", shop.store)
      expect(published.status).toBe(200)
      expect(published.data.document).toEqual(expect.objectContaining({ slug: "terms", version: 1, title: TERMS_V1.title, body: TERMS_V1.body }))
      expect(new Date(published.data.document.published_at).getTime()).toBeGreaterThan(Date.now() - 60_000)

      // Editing after publication starts version 2; the shop still shows version 1.
      const next = await post("/admin/shop-content/terms", { ...TERMS_V2, body: "work in progress" }, admin)
      expect(next.data.draft.version).toBe(2)
      expect((await get("/store/shop-content/terms", shop.store)).data.document.version).toBe(1)
      const listed = await get("/admin/shop-content", admin)
      const terms = listed.data.documents.find((document: any) => document.slug === "terms")
      expect(terms.versions.map((version: any) => [version.version, !!version.published_at])).toEqual([[2, false], [1, true]])
      expect(terms.published.body).toBe(TERMS_V1.body)
    })

    it("refuses an order without the terms version in force, and records the accepted version on the order", async () => {
      // Each test starts from the database as beforeAll left it: version 1 is published here.
      await post("/admin/shop-content/terms", TERMS_V1, admin)
      expect((await post("/admin/shop-content/terms/publish", {}, admin)).status).toBe(200)
      const cartId = await cartReadyToComplete(api, shop, [{ variant_id: product.variantId, quantity: 1 }])

      const missing = await completeCart(api, shop, cartId)
      expect(missing.status).toBe(400)
      expect(missing.data.type).toBe("invalid_data")
      expect(missing.data.message).toMatch(/Accept the terms of sale \(version 1\)/)

      await api.post(`/store/carts/${cartId}`, { metadata: { terms_version: 1 } }, shop.store)
      // The admin publishes version 2 while the shopper is at checkout: version 1 is now outdated.
      await post("/admin/shop-content/terms", TERMS_V2, admin)
      expect((await post("/admin/shop-content/terms/publish", {}, admin)).status).toBe(200)
      const outdated = await completeCart(api, shop, cartId)
      expect(outdated.status).toBe(400)
      expect(outdated.data.message).toMatch(/version 1 was accepted, version 2 is in force/)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: stillOpen } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      expect(stillOpen[0].completed_at).toBeNull()

      await api.post(`/store/carts/${cartId}`, { metadata: { terms_version: 2 } }, shop.store)
      const placed = await completeCart(api, shop, cartId)
      expect(placed.status).toBe(200)
      expect(placed.data.type).toBe("order")
      const order = await get(`/admin/orders/${placed.data.order.id}?fields=id,metadata`, admin)
      expect(order.data.order.metadata).toEqual(expect.objectContaining({ terms_version: 2 }))
    })

    it("stores a contact message and e-mails it to the shop's inbox; bad input is refused with nothing stored", async () => {
      const client = asNewClient(shop.store.headers)
      const body = { name: "Alex Doe", email: "alex@example.test", topic: "order", order_reference: "1042", message: "Where is my order?\n\nIt was due <b>yesterday</b>." }
      const sent = await post("/store/contact-messages", body, client)
      expect(sent.status).toBe(201)
      expect(sent.data.contact_message.id).toMatch(/^cmsg_/)

      const listed = await get("/admin/contact-messages", admin)
      expect(listed.data.contact_messages).toEqual([
        expect.objectContaining({ id: sent.data.contact_message.id, name: "Alex Doe", email: "alex@example.test", topic: "order", order_reference: "1042", message: body.message }),
      ])
      const email = await mail.waitForEmail(SHOP_INBOX, /Contact form: order — Alex Doe/)
      expect(email.text).toContain("From: Alex Doe <alex@example.test>")
      expect(email.text).toContain("It was due <b>yesterday</b>.")
      expect(email.html).toContain("&lt;b&gt;yesterday&lt;/b&gt;")

      const bad = [
        { ...body, email: "not an e-mail" },
        { ...body, message: "short" },
        { ...body, message: "x".repeat(5001) },
        { ...body, name: "" },
        { ...body, topic: "spam" },
        { ...body, admin: true },
      ]
      for (const attempt of bad) {
        const refused = await post("/store/contact-messages", attempt, asNewClient(shop.store.headers))
        expect([refused.status, typeof refused.data.message]).toEqual([400, "string"])
      }
      expect((await get("/admin/contact-messages", admin)).data.count).toBe(1)

      // Five messages per address in ten minutes, then 429 with Retry-After.
      const flood = asNewClient(shop.store.headers)
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await post("/store/contact-messages", { ...body, message: `Message number ${i} of a flood` }, flood)).status)
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    })

    it("lets a customer download their data, then delete their account while the order stays, anonymised", async () => {
      const email = `leaving-${Date.now()}@fairmade.test`
      const { token, password } = await newCustomer(email)
      const { data: created } = await api.post("/store/carts", { region_id: shop.regionId }, withKey(token))
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: product.variantId, quantity: 2 }, withKey(token))
      const address = { first_name: "Camille", last_name: "Martin", address_1: "12 rue de la Paix", city: "Lyon", postal_code: "69001", country_code: "fr", phone: "+33 6 12 34 56 78" }
      await api.post(`/store/carts/${cartId}`, { email, shipping_address: address, billing_address: address, metadata: { terms_version: 2 } }, withKey(token))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.shippingOptionId }, withKey(token))
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, withKey(token))
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, withKey(token))
      const placed = await completeCart(api, { ...shop, store: withKey(token) }, cartId)
      expect(placed.data.type).toBe("order")
      const orderId = placed.data.order.id
      await post("/store/contact-messages", { name: "Camille", email, message: "Please tell me about my data." }, withKey(token))

      const exported = await get("/store/customers/me/data-export", withKey(token))
      expect(exported.status).toBe(200)
      expect(exported.headers["content-disposition"]).toMatch(/attachment; filename="fairmade-my-data-/)
      expect(exported.data.customer).toEqual(expect.objectContaining({ email, first_name: "Camille", phone: "+33 6 12 34 56 78" }))
      expect(exported.data.orders).toEqual([expect.objectContaining({ id: orderId, email, metadata: expect.objectContaining({ terms_version: 2 }) })])
      expect(exported.data.orders[0].items).toEqual([expect.objectContaining({ title: expect.any(String), quantity: 2 })])
      expect(exported.data.orders[0].shipping_address).toEqual(expect.objectContaining({ address_1: "12 rue de la Paix" }))
      expect(exported.data.contact_messages).toEqual([expect.objectContaining({ message: "Please tell me about my data." })])
      expect((await get("/store/customers/me/data-export", shop.store)).status).toBe(401)

      const wrong = await post("/store/customers/me/account-deletion", { confirm_email: "someone@else.test" }, withKey(token))
      expect(wrong.status).toBe(400)
      expect((await get("/store/customers/me", withKey(token))).status).toBe(200)

      const { data: before } = await get(`/admin/orders/${orderId}?fields=id,total`, admin)
      const deleted = await post("/store/customers/me/account-deletion", { confirm_email: email.toUpperCase() }, withKey(token))
      expect(deleted.status).toBe(200)
      expect(deleted.data).toEqual({ deleted: true, anonymised_order_count: 1 })

      const { data: after } = await get(`/admin/orders/${orderId}?fields=id,email,customer_id,total,*shipping_address,*billing_address`, admin)
      expect(after.order.total).toBe(before.order.total)
      expect(after.order.email).toMatch(/^deleted-.*@anonymised\.invalid$/)
      expect(after.order.customer_id).toBeNull()
      for (const kept of [after.order.shipping_address, after.order.billing_address]) {
        expect(kept).toEqual(expect.objectContaining({ first_name: "Deleted", last_name: "customer", address_1: null, phone: null, city: "Lyon", country_code: "fr" }))
      }
      expect((await get("/admin/contact-messages", admin)).data.contact_messages.some((message: any) => message.email === email)).toBe(false)
      const customers = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })
      expect(customers).toHaveLength(0)
      expect((await post("/auth/customer/emailpass", { email, password }, asNewClient())).status).toBe(401)
      expect((await get("/store/customers/me/data-export", withKey(token))).status).not.toBe(200)
    })

    it("publishes a Google Merchant Center feed with the required fields of every variant", async () => {
      const container = getContainer()
      const [store] = await container.resolve(Modules.STORE).listStores({})
      await container.resolve(Modules.STORE).updateStores(store.id, { default_sales_channel_id: shop.salesChannelId, default_region_id: shop.regionId })
      await container.resolve(Modules.PRODUCT).updateProducts(product.productId, { thumbnail: "/static/products/tea-light-holder.svg" })
      const { status, data, headers } = await get("/feeds/google.xml")
      expect(status).toBe(200)
      expect(headers["content-type"]).toMatch(/application\/xml/)
      expect(data).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0" xmlns:g="http:\/\/base.google.com\/ns\/1.0">/)
      const items = [...String(data).matchAll(/<item>(.*?)<\/item>/g)].map((match) => match[1])
      expect(items.length).toBeGreaterThan(0)
      const field = (item: string, name: string) => item.match(new RegExp(`<g:${name}>(.*?)</g:${name}>`))?.[1]
      for (const item of items) {
        for (const required of ["id", "title", "description", "link", "image_link", "availability", "price", "brand"]) {
          expect([required, field(item, required)]).toEqual([required, expect.stringMatching(/\S/)])
        }
        expect(field(item, "gtin") ?? field(item, "mpn") ?? field(item, "identifier_exists")).toBeTruthy()
      }
      const tea = items.find((item) => field(item, "title")?.startsWith("Tea light holder"))!
      expect(field(tea, "price")).toBe("12.50 EUR")
      expect(field(tea, "availability")).toBe("in_stock")
      expect(field(tea, "brand")).toBe("Fairmade")
      expect(field(tea, "link")).toMatch(/^https:\/\/shop\.fairmade\.test\/products\//)
      expect(field(tea, "image_link")).toMatch(/^https?:\/\//)
    })
  },
})
