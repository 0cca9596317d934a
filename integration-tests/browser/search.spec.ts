import type { Browser } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/** Product search in the shop: the header box, the /search page with and without JavaScript. */
let browser: Browser

// A fresh stack's index is filled by Medusa's Search Module when the backend starts (and kept current from events).
async function waitForSearchIndex() {
  const headers = { "x-publishable-api-key": await publishableKey() }
  await eventually(async () => {
    const response = await fetch(`${process.env.E2E_BACKEND_URL}/store/search?q=heart`, { headers })
    expect((await response.json()).total).toBeGreaterThan(0)
  }, 120_000)
}

beforeAll(async () => {
  browser = await launchBrowser()
  await waitForSearchIndex()
}, 150_000)

afterAll(async () => {
  await browser?.close()
})

describe("searching the shop", () => {
  it("works without JavaScript: typo in the header box, results with a suggestion, facet links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(storefrontUrl("/"))
    await page.getByRole("combobox", { name: "Search products" }).fill("hart holdr")
    await page.getByRole("search").first().getByRole("button", { name: "Search" }).click()
    await page.waitForURL(/\/search\?q=hart\+holdr/)
    const main = page.locator("main")
    await expect(main.locator("mark").first().innerText()).resolves.toMatch(/heart/i)
    expect(await main.innerText()).toMatch(/Did you mean heart holder\?/)
    const facet = page.getByRole("navigation", { name: "Refine results" }).getByRole("link").first()
    await facet.click()
    expect(page.url()).toMatch(/(category|colour|price|in_stock_at)=/)
    await context.close()
  })

  it("suggests products as the shopper types and opens one with the keyboard", async () => {
    const page = await browser.newPage()
    const errors = watchForPageErrors(page)
    await page.goto(storefrontUrl("/"))
    const box = page.getByRole("combobox", { name: "Search products" })
    await page.locator("form.search-box[data-hydrated]").waitFor()
    await box.pressSequentially("hangin", { delay: 30 })
    const options = page.getByRole("listbox", { name: "Suggested products" }).getByRole("option")
    await eventually(async () => expect(await options.count()).toBeGreaterThan(0))
    expect(await box.getAttribute("aria-expanded")).toBe("true")
    await box.press("ArrowDown")
    expect(await box.getAttribute("aria-activedescendant")).toBe(await options.first().getAttribute("id"))
    await box.press("Enter")
    await page.waitForURL(/\/products\//)
    expect(errors).toEqual([])
    await page.close()
  })

  it("helps when nothing matches: popular products and a way back", async () => {
    const page = await browser.newPage()
    await page.goto(storefrontUrl("/search?q=zzqqxx"))
    const text = await page.locator("main").innerText()
    expect(text).toMatch(/Nothing matches/)
    expect(text).toMatch(/Popular right now/)
    expect(await page.locator('main a[href^="/products/"]').count()).toBeGreaterThan(0)
    await page.close()
  })
})
