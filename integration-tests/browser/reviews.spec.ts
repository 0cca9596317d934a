import type { Browser, Page } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { backendCaller } from "../helpers/backend-api"
import { demoAdminToken, europeRegionId, newCustomerToken, newStoreStaff, placePickupOrder, variantInStockAt } from "../helpers/pickup-journey"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * A verified review from end to end: a customer collects an order at Lyon, the review
 * request e-mail's link opens the form, the review (with HTML in it) waits for
 * moderation, and once the admin approves it and the producer replies, the product page
 * shows it with the verified-purchase mark, the reply, the text as typed, and JSON-LD
 * (Product, Offer, AggregateRating, Review) that parses.
 */
const STORE = "Lyon Part-Dieu"

let browser: Browser
let key: string
const call = backendCaller(() => key)

/** The newest e-mail to `address` whose subject matches, from the stack's mail catcher. */
async function emailTo(address: string, subject: RegExp): Promise<{ text: string }> {
  const inbox = process.env.E2E_MAIL_WEB_PORT
  if (!inbox) throw new Error("E2E_MAIL_WEB_PORT is not set: the browser stack starts the mail catcher")
  let found: { text: string } | undefined
  await eventually(async () => {
    const emails: { to: { address: string }[]; subject: string; text: string }[] = await (await fetch(`http://127.0.0.1:${inbox}/api/email`)).json()
    found = emails.filter((email) => email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()) && subject.test(email.subject)).at(-1)
    expect(found).toBeDefined()
  }, 20_000)
  return found!
}

beforeAll(async () => {
  browser = await launchBrowser()
  key = await publishableKey()
})

afterAll(async () => {
  await browser?.close()
})

describe("verified reviews", () => {
  let adminToken: string
  let order: { id: string; display_id: number; email: string }
  let handle: string
  let page: Page
  let errors: string[]
  const title = `Just right ${Date.now()}`
  const body = `<script>window.reviewScriptRan = true</script><b>Not bold</b> — heavy, well glazed, and it arrived quickly.`

  beforeAll(async () => {
    adminToken = await demoAdminToken(call)
    const customerToken = await newCustomerToken(call)
    const { variantId, handle: productHandle } = await variantInStockAt(call, STORE, await europeRegionId(call))
    handle = productHandle
    order = await placePickupOrder(call, customerToken, STORE, variantId)

    // Lyon's staff prepare it, mark it ready and hand it over with the shopper's code.
    const staff = await newStoreStaff(call, adminToken, [STORE])
    const { token: staffToken } = await call("POST", "/auth/staff/emailpass", { body: staff })
    let pickupId = ""
    await eventually(async () => {
      const { pickup } = await call("GET", `/admin/orders/${order.id}/pickup`, { token: adminToken })
      expect(pickup?.status).toBe("received")
      pickupId = pickup.id
    }, 20_000)
    await call("POST", `/staff-api/pickups/${pickupId}/ready`, { token: staffToken, body: {} })
    const { pickup } = await call("GET", `/store/orders/${order.id}/pickup`, { store: true, token: customerToken })
    const handed = await call("POST", `/staff-api/pickups/${pickupId}/hand-over`, { token: staffToken, body: { code: pickup.code } })
    expect(handed.pickup.status).toBe("collected")

    page = await (await browser.newContext()).newPage()
    errors = watchForPageErrors(page)
  })

  afterAll(async () => {
    await page?.context().close()
  })

  it("e-mails the collected order's review link, which opens the form; the review waits for moderation", async () => {
    // What the hourly job does N days after collection, sent now by the back office.
    const { order_ids } = await call("POST", "/admin/reviews/request-emails", { token: adminToken, body: { delay_days: 0 } })
    expect(order_ids).toContain(order.id)
    const email = await emailTo(order.email, new RegExp(`order #${order.display_id}\\)`))
    const link = email.text.match(/https?:\/\/\S+\/reviews\/new\?token=\S+/)?.[0]
    expect(link).toBeDefined()

    const url = new URL(link!)
    await page.goto(storefrontUrl(`${url.pathname}${url.search}`))
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Write a review")
    expect(await page.locator("main").innerText()).toContain(`Order #${order.display_id}, collected in store.`)
    const form = page.locator("form.review-form").first()
    await form.getByLabel("5 stars").check()
    await form.getByLabel("Title").fill(title)
    await form.getByLabel(/Your review/).fill(body)
    await form.getByRole("button", { name: /Send my review/ }).click()
    await page.waitForURL(/[?&]thanks=/)
    expect(await page.getByTestId("review-thanks").innerText()).toMatch(/Thank you for reviewing .+! It will appear on the product page once checked\./)
    // That product is done: its form is gone.
    expect(await page.locator("form.review-form").count()).toBe(0)

    await page.goto(storefrontUrl(`/products/${handle}`))
    expect(await page.getByText(title).count()).toBe(0)
    expect(errors).toEqual([])
  })

  it("shows the approved review with the verified mark, the producer's reply, the text as typed, and parseable JSON-LD", async () => {
    const { reviews } = await call("GET", "/admin/reviews?status=pending", { token: adminToken })
    const review = reviews.find((candidate: any) => candidate.order_id === order.id)
    expect(review).toEqual(expect.objectContaining({ title, body, rating: 5, status: "pending" }))
    await call("POST", `/admin/reviews/${review.id}/approve`, { token: adminToken, body: {} })
    await call("POST", `/admin/reviews/${review.id}/reply`, { token: adminToken, body: { body: "Thank you, Inès! See you at Part-Dieu." } })

    await page.goto(storefrontUrl(`/products/${handle}`))
    const shown = page.getByTestId("review").filter({ hasText: title })
    expect(await shown.count()).toBe(1)
    expect(await shown.getByTestId("verified-purchase").innerText()).toBe("✓ Verified purchase (collected in store)")
    expect(await shown.getByTestId("producer-reply").innerText()).toContain("Thank you, Inès! See you at Part-Dieu.")
    expect(await shown.locator(".review__body").first().innerText()).toBe(body)
    expect(await shown.locator(".review__body b").count()).toBe(0)
    expect(await page.evaluate(() => (window as any).reviewScriptRan)).toBeUndefined()
    expect(await shown.innerText()).toContain("Inès M.")

    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    const product = jsonLd.map((text) => JSON.parse(text)).find((data) => data["@type"] === "Product")
    expect(product).toEqual(
      expect.objectContaining({
        "@context": "https://schema.org",
        offers: expect.objectContaining({ "@type": "Offer", priceCurrency: "EUR", price: expect.stringMatching(/^\d+\.\d{2}$/) }),
        aggregateRating: expect.objectContaining({ "@type": "AggregateRating", reviewCount: expect.any(Number), ratingValue: expect.any(Number) }),
      }),
    )
    expect(product.review).toContainEqual(
      expect.objectContaining({
        "@type": "Review",
        name: title,
        reviewBody: body,
        author: { "@type": "Person", name: "Inès M." },
        reviewRating: expect.objectContaining({ ratingValue: 5 }),
      }),
    )
    expect(errors).toEqual([])
  })
})
