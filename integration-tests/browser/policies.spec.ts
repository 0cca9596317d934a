import type { Browser, Page } from "playwright-core"
import { launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { backendCaller } from "../helpers/backend-api"
import { expectText, fillFrenchAddress } from "../helpers/checkout-page"
import { demoAdminToken } from "../helpers/pickup-journey"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * Issue 16: the policy pages come from the shop's own data and are linked from every
 * page's footer; checkout asks to accept the terms in force and records their version.
 */
let browser: Browser
let key: string
const call = backendCaller(() => key)

beforeAll(async () => {
  key = await publishableKey()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function addSomethingToCart(page: Page) {
  await page.goto(storefrontUrl("/products"))
  const hrefs = await page.locator('main a[href^="/products/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")!))])
  for (const href of hrefs) {
    await page.goto(storefrontUrl(href))
    const add = page.locator("main form[data-add-to-cart] button[type=submit]").first()
    if ((await add.count()) > 0 && (await add.isEnabled())) {
      await add.click()
      await page.waitForURL(/\/cart$/)
      return
    }
  }
  throw new Error("No product in the listing can be added to the cart")
}

describe("policy pages", () => {
  it("footer → return policy states the shop's real return window and non-returnable tag", async () => {
    const { return_policy } = await call("GET", "/store/return-policy", { store: true })
    const page = await browser.newPage()
    const errors = watchForPageErrors(page)
    await page.goto(storefrontUrl("/"))
    await page.locator("footer").getByRole("link", { name: "Return policy" }).click()
    await page.waitForURL(/\/returns$/)
    expect(await page.locator("h1").innerText()).toBe("Return policy")
    expect(await page.getByTestId("return-window").innerText()).toBe(`You have ${return_policy.window_days} days to return an item.`)
    expect(await page.getByTestId("non-returnable").innerText()).toContain(`“${return_policy.non_returnable_tag}”`)
    // Every store that takes returns is named.
    for (const method of return_policy.methods.filter((candidate: any) => candidate.id === "drop_at_store")) {
      for (const store of method.stores) expect(await page.locator("main").innerText()).toContain(store.name)
    }

    for (const [link, heading] of [
      ["Delivery", "Delivery and collection"],
      ["Contact us", "Contact us"],
      ["Terms of sale", "Terms of sale"],
      ["Privacy", "Privacy notice"],
      ["Legal notice", "Legal notice"],
      ["FAQ", "Frequently asked questions"],
    ]) {
      await page.locator("footer").getByRole("link", { name: link, exact: true }).click()
      expect(await page.locator("h1").innerText()).toBe(heading)
    }
    expect(errors).toEqual([])
    await page.close()
  })

  it("delivery page states the prices and the free-delivery threshold of the shop's options", async () => {
    const { regions } = await call("GET", "/store/delivery-policy", { store: true })
    const europe = regions.find((region: any) => region.currency_code === "eur")
    const standard = europe.options.find((option: any) => option.name === "Standard delivery")
    const page = await browser.newPage()
    await page.goto(storefrontUrl("/shipping"))
    const row = page.locator("tr", { hasText: "Standard delivery" }).first()
    const text = await row.innerText()
    expect(text).toContain(`€${standard.amount.toFixed(2)}`)
    expect(text).toContain(`Free for orders of €${standard.reduced_from.item_total.toFixed(2)} or more`)
    await page.close()
  })

  it("sends the contact form without JavaScript and says so", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(storefrontUrl("/contact"))
    await page.getByLabel("Your name").fill("Sam")
    await page.getByLabel("Your e-mail address").fill("not-an-address")
    await page.getByLabel("Your message").fill("Hello, do you deliver to Belgium?")
    await page.getByRole("button", { name: "Send the message" }).click()
    await expectText(page.locator("[role=alert]"), /Give an e-mail address we can answer to/)
    await page.getByLabel("Your e-mail address").fill("sam@example.test")
    await page.getByRole("button", { name: "Send the message" }).click()
    await page.waitForURL(/\/contact\?sent=1$/)
    expect(await page.locator("main").innerText()).toMatch(/your message has reached us/)
    await context.close()
  })
})

describe("terms at checkout", () => {
  it("needs the terms accepted, states the 14-day withdrawal right, and records the version on the order", async () => {
    const { document: terms } = await call("GET", "/store/shop-content/terms", { store: true })
    // Without JavaScript, so the shop's own answer is tested, not only the browser's "required".
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await addSomethingToCart(page)
    await page.getByRole("link", { name: "Go to checkout" }).click()
    await page.getByLabel("Email address").fill("terms.reader@example.com")
    await page.getByRole("button", { name: "Continue to address" }).click()
    await fillFrenchAddress(page)
    await page.getByRole("group", { name: "Home delivery" }).getByLabel(/Standard delivery/).check()
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("button", { name: "Continue to review" }).click()

    const review = page.locator("#step-review")
    await expectText(review, /14-day right of withdrawal/)
    const box = page.getByLabel(/I have read and accept the terms of sale/)
    expect(await box.isChecked()).toBe(false)
    expect(await review.innerText()).toContain(`(version ${terms.version})`)

    // The browser's own check is skipped: the server refuses on its own.
    await page.locator("#place-order-form").evaluate((form: HTMLFormElement) => form.setAttribute("novalidate", ""))
    await page.getByRole("button", { name: "Place order" }).click()
    await expectText(page.locator("#step-review [role=alert]"), /Tick the box to accept the terms of sale/)
    expect(page.url()).toMatch(/\/checkout/)

    await page.getByLabel(/I have read and accept the terms of sale/).check()
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/confirmed\//)
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const { order } = await call("GET", `/admin/orders/${orderId}?fields=id,metadata`, { token: await demoAdminToken(call) })
    expect(order.metadata).toEqual(expect.objectContaining({ terms_version: terms.version }))
    await context.close()
  })
})

describe("feeds for search engines and marketplaces", () => {
  it("serves robots.txt, sitemap.xml and the Google product feed from the shop's address", async () => {
    const robots = await (await fetch(storefrontUrl("/robots.txt"))).text()
    expect(robots).toContain(`Sitemap: ${storefrontUrl("/sitemap.xml")}`)
    expect(robots).toContain("Disallow: /checkout")
    const sitemap = await (await fetch(storefrontUrl("/sitemap.xml"))).text()
    expect(sitemap).toContain(`<loc>${storefrontUrl("/returns")}</loc>`)
    expect(sitemap).toMatch(/<loc>[^<]+\/products\/[^<]+<\/loc>/)
    const feed = await fetch(storefrontUrl("/feeds/google.xml"))
    expect(feed.headers.get("content-type")).toMatch(/application\/xml/)
    const xml = await feed.text()
    const first = xml.match(/<item>(.*?)<\/item>/)![1]
    for (const field of ["id", "title", "link", "image_link", "price", "availability", "brand"]) expect(first).toMatch(new RegExp(`<g:${field}>[^<]+</g:${field}>`))
  })
})
