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
