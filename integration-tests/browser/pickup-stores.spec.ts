import type { Browser } from "playwright-core"
import { launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"

/** Shoppers: the stores page, and collection availability on product pages, without JavaScript too. */
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe("collecting in store, for shoppers", () => {
  it("lists the three stores with address, map link, opening hours and pickup instructions", async () => {
    const page = await browser.newPage()
    const errors = watchForPageErrors(page)
    const response = await page.goto(storefrontUrl("/stores"))
    expect(response?.status()).toBe(200)
    const stores = page.locator("article.store")
    expect(await stores.locator("h2").allInnerTexts()).toEqual(["London Covent Garden", "Lyon Part-Dieu", "Paris Le Marais"])
    const lyon = stores.filter({ hasText: "Lyon Part-Dieu" })
    expect(await lyon.innerText()).toMatch(/17 rue du Docteur Bouchut[\s\S]*Monday\s+10:00–20:00[\s\S]*Sunday\s+Closed[\s\S]*photo ID/)
    expect(await lyon.getByRole("link", { name: /map/i }).getAttribute("href")).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/search\?query=Lyon\+Part-Dieu/,
    )
    expect(await page.getByRole("link", { name: "Our stores" }).count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it("says on a product page where it can be collected, and remembers the shopper's store", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(storefrontUrl("/products"))
    const href = await page.locator('main a[href^="/products/"]').first().getAttribute("href")
    await page.goto(storefrontUrl(href!))
    const availability = page.locator("section.availability")
    expect(await availability.innerText()).toMatch(/(In stock at|Can be sent to|Not available for collection at) (Lyon Part-Dieu|Paris Le Marais|London Covent Garden)/)

    await availability.locator("li", { hasText: "Paris Le Marais" }).getByRole("button", { name: "Make this my store" }).click()
    await page.waitForURL((url) => url.pathname === href)
    expect(await availability.locator("li").first().innerText()).toMatch(/Paris Le Marais[\s\S]*your store/)
    const cookie = (await context.cookies()).find((candidate) => candidate.name === "preferred_store")
    expect(cookie?.value).toBe("paris-le-marais")
    await context.close()
  })
})
