import type { Browser, Response } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl } from "../helpers/browser"

/**
 * The shop's pages stay light: at most 30 KB of compressed JavaScript on listing, product,
 * search and cart pages (the README's budget), and HTML and JavaScript go out Brotli- or
 * gzip-compressed with `Vary: Accept-Encoding`, hashed assets cached for a year.
 */
const JS_BUDGET_BYTES = 30 * 1024

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface PageWeight {
  documentHeaders: Record<string, string>
  scripts: { url: string; bytes: number; headers: Record<string, string> }[]
  /** Whether the header's search box script ran (small scripts are inlined into the HTML). */
  searchEnhanced: boolean
}

/** Loads a page in a fresh context (nothing cached) and measures every script as sent over the wire. */
async function weigh(path: string, prepare?: (context: import("playwright-core").BrowserContext) => Promise<void>): Promise<PageWeight> {
  const context = await browser.newContext()
  await prepare?.(context)
  const page = await context.newPage()
  const scriptResponses: Response[] = []
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scriptResponses.push(response)
  })
  const document = await page.goto(storefrontUrl(path), { waitUntil: "networkidle" })
  if (!document) throw new Error(`no response for ${path}`)
  // Hydration directives (client:idle/visible) load late: give them the chance to show up.
  await page.mouse.wheel(0, 5000)
  await page.waitForLoadState("networkidle")
  const documentHeaders = await document.allHeaders()
  const searchEnhanced = (await page.locator("form.search-box[data-hydrated]").count()) > 0
  const scripts = await Promise.all(
    scriptResponses.map(async (response) => ({
      url: response.url(),
      // The encoded body size, as transferred: what the budget is about.
      bytes: (await response.request().sizes()).responseBodySize,
      headers: await response.allHeaders(),
    })),
  )
  await context.close()
  return { documentHeaders, scripts, searchEnhanced }
}

async function productPath(): Promise<string> {
  const page = await browser.newPage()
  await page.goto(storefrontUrl("/products"))
  const href = await page.locator('main a[href^="/products/"]').first().getAttribute("href")
  await page.close()
  if (!href) throw new Error("the listing shows no product")
  return href
}

describe("page weight", () => {
  it("keeps listing, product, search and cart pages under 30 KB of compressed JavaScript", async () => {
    const product = await productPath()
    const pages: Record<string, PageWeight> = {
      listing: await weigh("/products"),
      product: await weigh(product),
      search: await weigh("/search?q=mug"),
      cart: await weigh("/cart", async (context) => {
        // A cart with a line in it, added with the product page's button (submitted in the background).
        const page = await context.newPage()
        await page.goto(storefrontUrl(product))
        await page.locator("form[data-add-to-cart] button[type=submit]").first().click()
        await eventually(async () => expect((await context.cookies()).some((cookie) => cookie.name === "cart_id")).toBe(true), 30_000)
        await page.close()
      }),
    }
    const totals = Object.fromEntries(
      Object.entries(pages).map(([name, { scripts }]) => [name, scripts.reduce((sum, script) => sum + script.bytes, 0)]),
    )
    // Printed for the record (issue notes, README): bytes of JS as transferred per page.
    console.log(`compressed JS per page: ${JSON.stringify(totals)}; HTML encodings: ${JSON.stringify(Object.fromEntries(Object.entries(pages).map(([name, weight]) => [name, weight.documentHeaders["content-encoding"]])))}`)
    for (const [name, total] of Object.entries(totals)) {
      expect({ page: name, bytes: total, withinBudget: total <= JS_BUDGET_BYTES }).toEqual({ page: name, bytes: total, withinBudget: true })
    }
    // Under budget with the interaction still there, not by dropping it.
    for (const [name, weight] of Object.entries(pages)) expect({ page: name, searchEnhanced: weight.searchEnhanced }).toEqual({ page: name, searchEnhanced: true })
  }, 120_000)

  it("sends HTML and JavaScript compressed, varying on Accept-Encoding, and hashed assets immutable", async () => {
    const { documentHeaders: html, scripts } = await weigh("/products")
    expect(html["content-type"]).toMatch(/^text\/html/)
    expect(html["content-encoding"]).toMatch(/^(br|gzip)$/)
    expect(html["vary"]).toMatch(/accept-encoding/i)
    // The security headers survive compression.
    expect(html["content-security-policy"]).toMatch(/default-src 'self'/)
    expect(html["x-content-type-options"]).toBe("nosniff")

    // Small scripts are inlined into the HTML; the ones loaded from /_astro/ must be compressed.
    const assets = scripts.filter((script) => new URL(script.url).pathname.startsWith("/_astro/"))
    for (const asset of assets) {
      const { headers } = asset
      if (Number(headers["content-length"] ?? asset.bytes) < 1024 && !headers["content-encoding"]) continue // too small to be worth it
      expect({ url: asset.url, encoding: headers["content-encoding"] }).toEqual({ url: asset.url, encoding: expect.stringMatching(/^(br|gzip)$/) })
      expect(headers["vary"]).toMatch(/accept-encoding/i)
      expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable")
    }

    // A client that takes no encoding gets the page as it is.
    const plain = await fetch(storefrontUrl("/products"), { headers: { "accept-encoding": "identity" } })
    expect(plain.headers.get("content-encoding")).toBeNull()
    expect(await plain.text()).toMatch(/<html/)
  }, 60_000)
})
