import type { Browser } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl } from "../helpers/browser"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { queryE2eDatabase } = require("./stack") as { queryE2eDatabase: (sql: string, params?: unknown[]) => Promise<any[]> }

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const viewsOf = async (productId: string) =>
  Number((await queryE2eDatabase("select count(*) as n from recommendation_signal where type = 'view' and product_id = $1", [productId]))[0].n)

async function openFirstProduct(page: import("playwright-core").Page) {
  await page.goto(storefrontUrl("/products"))
  const href = await page.locator('main a[href^="/products/"]').first().getAttribute("href")
  await page.goto(storefrontUrl(href!))
  return page.locator("[data-recommendation-beacon]").getAttribute("data-product-id")
}

describe("personalisation consent", () => {
  it("sends no product views until the shopper opts in from the footer", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const productId = (await openFirstProduct(page))!
    expect(productId).toMatch(/^prod_/)
    const before = await viewsOf(productId)
    await page.goto(storefrontUrl("/"))
    await page.waitForTimeout(500)
    expect(await viewsOf(productId)).toBe(before)

    await page.getByRole("button", { name: "Personalise them" }).click()
    await page.waitForURL(storefrontUrl("/"))
    expect(await page.locator("footer").innerText()).toMatch(/are personalised/)
    const consent = (await context.cookies()).find((cookie) => cookie.name === "consent_personalisation")
    expect(consent?.value).toBe("yes")

    await openFirstProduct(page)
    // Leaving the page flushes the beacon's batch.
    await page.goto(storefrontUrl("/"))
    await eventually(async () => expect(await viewsOf(productId)).toBe(before + 1), 15_000)
    await context.close()
  })
})

describe("recommendation rows", () => {
  const productLinks = (page: import("playwright-core").Page, selector: string) =>
    page.locator(`${selector} a[href^="/products/"]`).evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")!))])

  it("shows a consenting visitor the products they viewed, newest first, without the one on screen", async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: "consent_personalisation", value: "yes", url: storefrontUrl("/") }])
    const page = await context.newPage()
    await page.goto(storefrontUrl("/products"))
    const [first, second, third] = await productLinks(page, "main")
    await page.goto(storefrontUrl(first))
    // The first batch gives the visitor their cookie id; later views must land under the same one.
    await page.goto(storefrontUrl("/"))
    await eventually(async () => expect((await context.cookies()).some((cookie) => cookie.name === "rec_visitor")).toBe(true), 15_000)
    await page.goto(storefrontUrl(second))
    await page.goto(storefrontUrl(third))
    await eventually(async () => {
      await page.reload()
      await page.locator('[data-placement="recently_viewed"]').waitFor({ timeout: 2_000 })
      expect(await productLinks(page, '[data-placement="recently_viewed"]')).toEqual([second, first])
    }, 20_000)
    await context.close()
  })

  it("offers products that go with the cart on the cart page, never one already in it", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(storefrontUrl("/products"))
    const add = page.locator("main form[data-add-to-cart] button[type=submit]:not([disabled])").first()
    await add.click()
    await eventually(async () => expect(await page.locator("main form[data-add-to-cart] [role=status]").first().innerText()).toMatch(/Added .* to your cart/))
    await page.goto(storefrontUrl("/cart"))
    const inCart = await productLinks(page, ".cart-line__title")
    expect(inCart).toHaveLength(1)
    const row = page.locator('[data-placement="cart"]')
    await row.waitFor({ timeout: 15_000 })
    const offered = await productLinks(page, '[data-placement="cart"]')
    expect(offered.length).toBeGreaterThan(0)
    expect(offered).not.toContain(inCart[0])
    await context.close()
  })
})
