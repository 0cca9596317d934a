import type { Browser, BrowserContext, Page, Response } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { registerCustomer, type StoreApi } from "../helpers/store-api"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * The storefront's security headers on the real pages, in Chromium: a Content-Security-
 * Policy that blocks nothing the shop itself loads (islands, search suggestions, add to
 * cart, checkout, account, staff), no framing, no caching of private pages, and a sign-in
 * that refuses to send the shopper off the site. One sign-in only: the backend limits
 * sign-ins per address and every browser test signs in from 127.0.0.1.
 */
let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[]
let api: StoreApi

type Violation = { directive: string; blocked: string }

/** Every CSP violation the page reports, from its very first script on. */
async function recordCspViolations(target: BrowserContext) {
  await target.addInitScript(() => {
    const seen: Violation[] = ((window as any).__cspViolations = [])
    document.addEventListener("securitypolicyviolation", (event) => seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }))
  })
}
const violations = (): Promise<Violation[]> => page.evaluate(() => (window as any).__cspViolations ?? [])

function expectSecurityHeaders(response: Response | null, { privatePage }: { privatePage: boolean }) {
  expect(response).not.toBeNull()
  const headers = response!.headers()
  const csp = headers["content-security-policy"]
  expect(csp).toMatch(/default-src 'self'/)
  expect(csp).toMatch(/frame-ancestors 'none'/)
  expect(csp).toMatch(/object-src 'none'/)
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/)
  // No Stripe key in the test stack: nothing of Stripe is allowed.
  expect(csp).not.toMatch(/stripe/)
  expect(headers["x-frame-options"]).toBe("DENY")
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
  expect(headers["x-content-type-options"]).toBe("nosniff")
  // Plain http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined()
  if (privatePage) expect(headers["cache-control"]).toBe("private, no-store")
  else expect(headers["cache-control"] ?? "").not.toMatch(/no-store/)
}

beforeAll(async () => {
  browser = await launchBrowser()
  api = { backendUrl: process.env.E2E_BACKEND_URL!, publishableKey: await publishableKey() }
  context = await browser.newContext()
  await recordCspViolations(context)
  page = await context.newPage()
  errors = watchForPageErrors(page)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

afterEach(async () => {
  // Chromium logs every CSP refusal as a console error: both lists must stay empty.
  expect(await violations()).toEqual([])
  expect(errors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([])
})

describe("security headers and the Content-Security-Policy on the shop's pages", () => {
  it("home page: headers, product images, and the search box island suggesting products", async () => {
    expectSecurityHeaders(await page.goto(storefrontUrl("/")), { privatePage: false })
    const image = page.locator('main a[href^="/products/"] img').first()
    await image.scrollIntoViewIfNeeded()
    await eventually(async () => expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true))

    await page.locator("form.search-box[data-hydrated]").waitFor()
    await page.getByRole("combobox", { name: "Search products" }).pressSequentially("candle", { delay: 30 })
    const options = page.getByRole("listbox", { name: "Suggested products" }).getByRole("option")
    await eventually(async () => expect(await options.count()).toBeGreaterThan(0))
  })

  it("product page: adds to the cart with the page's script", async () => {
    await page.goto(storefrontUrl("/products"))
    const hrefs = await page.locator('main a[href^="/products/"]').evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href")!))])
    for (const href of hrefs) {
      const response = await page.goto(storefrontUrl(href))
      const add = page.locator("main form[data-add-to-cart] button[type=submit]").first()
      if ((await add.count()) === 0 || !(await add.isEnabled())) continue
      expectSecurityHeaders(response, { privatePage: false })
      await add.click()
      await eventually(async () => expect(await page.locator("main form[data-add-to-cart] [role=status]").first().innerText()).toMatch(/Added .* to your cart/))
      return
    }
    throw new Error("No product could be added to the cart")
  })

  it("cart and checkout pages are private and load their scripts", async () => {
    expectSecurityHeaders(await page.goto(storefrontUrl("/cart")), { privatePage: true })
    expectSecurityHeaders(await page.goto(storefrontUrl("/checkout")), { privatePage: true })
    await page.getByLabel("Email address").waitFor()
  })

  it("sign-in with return_to=/.//evil.example lands on the shop; the account page is private", async () => {
    const email = `csp-${Date.now()}@fairmade.test`
    const password = "a long and memorable password"
    await registerCustomer(api, { email, password, first_name: "Ada", last_name: "Lovelace" })
    const signInPage = await page.goto(storefrontUrl("/account/sign-in?return_to=/.//evil.example"))
    expectSecurityHeaders(signInPage, { privatePage: true })
    await page.getByLabel("Email address").fill(email)
    await page.getByLabel("Password").fill(password)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL((url) => url.pathname === "/account")
    expect(new URL(page.url()).origin).toBe(new URL(storefrontUrl("/")).origin)

    const account = await page.reload()
    expectSecurityHeaders(account, { privatePage: true })
    expect(await page.locator("main").innerText()).toMatch(/\w/)
  })

  it("every crafted return_to leaves the shopper on the shop", async () => {
    for (const crafted of ["//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "https://evil.example", "/\t/evil.example"]) {
      // Already signed in: the sign-in page sends the shopper straight on.
      await page.goto(storefrontUrl(`/account/sign-in?return_to=${encodeURIComponent(crafted)}`))
      expect(new URL(page.url()).origin).toBe(new URL(storefrontUrl("/")).origin)
    }
  })

  it("answers 413 with a message to a body over the limit: 64 KB of JSON, 1 MB of form", async () => {
    const answers = await page.evaluate(async () => {
      const json = await fetch("/api/recommendations/signals", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ padding: "x".repeat(70 * 1024) }),
      })
      const form = await fetch("/api/cart/line-items", { method: "POST", body: new URLSearchParams({ padding: "x".repeat(1024 * 1024 + 10) }) })
      return { json: json.status, jsonMessage: (await json.json()).message, form: form.status, formMessage: await form.text() }
    })
    expect(answers).toEqual({
      json: 413,
      jsonMessage: expect.stringMatching(/too large: at most 64 KB/),
      form: 413,
      formMessage: expect.stringMatching(/too large: at most 1 MB/),
    })
    // The browser logs the two refusals; they are the only errors.
    expect(errors.filter((error) => !/status of 413/.test(error))).toEqual([])
  })

  it("answers 400, not 500, to a NUL byte or broken escape in the address", async () => {
    for (const path of ["/products/%00", "/order/confirmed/order_%00", "/account/orders/%E0%A4%A"]) {
      const response = await page.request.get(storefrontUrl(path), { maxRedirects: 0 })
      expect({ path, status: response.status() }).toEqual({ path, status: 400 })
      expect(response.headers()["x-content-type-options"]).toBe("nosniff")
    }
  })

  it("staff sign-in page: private, and the same policy", async () => {
    const staffContext = await browser.newContext()
    await recordCspViolations(staffContext)
    const staffPage = await staffContext.newPage()
    const staffErrors = watchForPageErrors(staffPage)
    const response = await staffPage.goto(storefrontUrl("/staff/pickups"))
    await staffPage.waitForURL((url) => url.pathname === "/staff/sign-in")
    expectSecurityHeaders(response, { privatePage: true })
    expect(await staffPage.evaluate(() => (window as any).__cspViolations)).toEqual([])
    expect(staffErrors).toEqual([])
    await staffContext.close()
  })
})
