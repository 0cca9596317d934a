import type { Browser } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe("browsing the seeded shop", () => {
  it("shows products with images on the home page", async () => {
    const page = await browser.newPage()
    const errors = watchForPageErrors(page)
    const response = await page.goto(storefrontUrl("/"))
    expect(response?.status()).toBe(200)
    const productLinks = page.locator('main a[href^="/products/"]')
    expect(await productLinks.count()).toBeGreaterThanOrEqual(8)
    const firstImage = page.locator('main a[href^="/products/"] img').first()
    await firstImage.scrollIntoViewIfNeeded()
    await eventually(async () => {
      expect(await firstImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    })
    expect(errors).toEqual([])
    await page.close()
  })

  it("opens a product page with its price, stock status and facts", async () => {
    const page = await browser.newPage()
    await page.goto(storefrontUrl("/"))
    const link = page.locator('main a[href^="/products/"]').first()
    const href = await link.getAttribute("href")
    await link.click()
    await page.waitForURL((url) => url.pathname === href)
    expect(await page.locator("h1").textContent()).toMatch(/\w/)
    const body = await page.locator("main").innerText()
    expect(body).toMatch(/€\s?\d+[.,]\d{2}/)
    expect(body).toMatch(/in stock|only \d+ left|out of stock/i)
    expect(body).toMatch(/made in|origin/i)
    await page.close()
  })

  it("shows prices in pounds after choosing the United Kingdom", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(storefrontUrl("/"))
    const selector = page.getByLabel(/region|country|currency/i).first()
    await selector.selectOption({ label: await selector.locator("option", { hasText: /United Kingdom/ }).innerText() })
    const submit = page.locator('form:has(select) button[type="submit"]').first()
    if (await submit.isVisible()) await submit.click()
    await eventually(async () => {
      expect(await page.locator("main").innerText()).toMatch(/£\s?\d+\.\d{2}/)
    }, 15_000)
    await context.close()
  })

  it("works without JavaScript: listing, pagination and product pages are plain links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(storefrontUrl("/products"))
    const firstPage = await page.locator('main a[href^="/products/"]').allInnerTexts()
    expect(firstPage.length).toBeGreaterThan(0)
    await page.locator('a[href*="page=2"]').first().click()
    const secondPage = await page.locator('main a[href^="/products/"]').allInnerTexts()
    expect(secondPage.length).toBeGreaterThan(0)
    expect(secondPage).not.toEqual(firstPage)
    await context.close()
  })

  it("answers an unknown product with a 404 page", async () => {
    const page = await browser.newPage()
    const response = await page.goto(storefrontUrl("/products/no-such-product"))
    expect(response?.status()).toBe(404)
    expect(await page.locator("h1").textContent()).toMatch(/couldn.t find|not found/i)
    await page.close()
  })
})
