import type { Browser, BrowserContext, Page } from "playwright-core"
import { backendCaller } from "../helpers/backend-api"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { expectText, fillFrenchAddress, acceptTerms } from "../helpers/checkout-page"
import { demoAdminToken, europeRegionId, newCustomerToken, newStoreStaff, storeLocationId, variantInStockAt } from "../helpers/pickup-journey"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * A signed-in customer chooses "Collect in store" at checkout: the store that cannot take
 * the order (Paris, its collections switched off by an admin for this test) says why and
 * cannot be chosen; Lyon promises a ready time. The order pages then follow the pickup:
 * received, and once staff mark it ready, the code with its QR code.
 */
const STORE = "Lyon Part-Dieu"
const CLOSED_STORE = "Paris Le Marais"

let browser: Browser
let key: string
const call = backendCaller(() => key)

let adminToken: string
let customerToken: string
let product: { variantId: string; handle: string }
let closedStoreId: string
let closedStoreSettings: Record<string, unknown>

async function setCollections(enabled: boolean) {
  const { opening_hours: _hours, time_zone: _zone, ...settings } = closedStoreSettings
  await call("POST", `/admin/pickup-settings/${closedStoreId}`, { token: adminToken, body: { ...settings, enabled } })
}

beforeAll(async () => {
  browser = await launchBrowser()
  key = await publishableKey()
  adminToken = await demoAdminToken(call)
  customerToken = await newCustomerToken(call)
  product = await variantInStockAt(call, STORE, await europeRegionId(call))
  closedStoreId = await storeLocationId(call, adminToken, CLOSED_STORE)
  closedStoreSettings = (await call("GET", `/admin/pickup-settings/${closedStoreId}`, { token: adminToken })).settings
  await setCollections(false)
})

afterAll(async () => {
  if (closedStoreSettings) await setCollections(true)
  await browser?.close()
})

describe("collecting in store, from checkout to the code", () => {
  let context: BrowserContext
  let page: Page
  let errors: string[]
  let orderId: string

  beforeAll(async () => {
    context = await browser.newContext()
    // Signed in as the customer, the way the sign-in page leaves the browser.
    await context.addCookies([
      { name: "customer_token", value: customerToken, url: storefrontUrl("/"), httpOnly: true, sameSite: "Lax" },
    ])
    page = await context.newPage()
    errors = watchForPageErrors(page)
  })

  afterAll(async () => {
    await context?.close()
  })

  it("offers only the stores that can take the order, says why for the others, and promises a ready time", async () => {
    await page.goto(storefrontUrl(`/products/${product.handle}?variant=${product.variantId}`))
    await page.locator("main form[data-add-to-cart] button[type=submit]").first().click()
    await expectText(page.locator("main form[data-add-to-cart] [role=status]").first(), /Added .* to your cart/)

    await page.goto(storefrontUrl("/checkout"))
    const emailField = page.getByLabel("Email address")
    if (await emailField.isVisible()) {
      await emailField.fill("ines.moreau@example.com")
      await page.getByRole("button", { name: "Continue to address" }).click()
    }
    await fillFrenchAddress(page, { firstName: "Inès", lastName: "Moreau", line1: "3 quai Saint-Antoine", postalCode: "69002", city: "Lyon" })

    const collect = page.getByRole("group", { name: "Collect in store" })
    const closed = collect.locator("label", { hasText: CLOSED_STORE })
    expect(await closed.locator("input").isDisabled()).toBe(true)
    expect(await closed.innerText()).toMatch(/Not possible for this order: This store does not take collection orders/)
    const lyon = collect.locator("label", { hasText: STORE })
    expect(await lyon.innerText()).toMatch(/Ready (today|tomorrow|\w{3} \d{1,2} \w{3}) at \d{2}:\d{2}/)

    await lyon.locator("input").check()
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("button", { name: "Continue to review" }).click()
    await expectText(page.locator("#step-review"), /Total to pay/)
    await acceptTerms(page)
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/confirmed\//)
    orderId = new URL(page.url()).pathname.split("/").pop()!

    const pickup = page.locator("[data-pickup-status]")
    expect(await pickup.getAttribute("data-pickup-status")).toBe("received")
    const text = await pickup.innerText()
    expect(text).toContain(`Collect at ${STORE}`)
    expect(text).toMatch(/We expect it to be ready (today|tomorrow|\w{3} \d{1,2} \w{3}) at \d{2}:\d{2}/)
    expect(await pickup.locator("[aria-current=step]").innerText()).toBe("Order received")
    expect(errors).toEqual([])
  })

  it("shows the pickup code and its QR code on the order page once the store has it ready", async () => {
    await eventually(async () => {
      const { pickup } = await call("GET", `/admin/orders/${orderId}/pickup`, { token: adminToken })
      expect(pickup?.status).toBe("received")
    }, 20_000)
    const { pickup } = await call("GET", `/admin/orders/${orderId}/pickup`, { token: adminToken })
    // Lyon's staff mark it ready, as at the till.
    const staff = await newStoreStaff(call, adminToken, [STORE])
    const { token: staffToken } = await call("POST", "/auth/staff/emailpass", { body: staff })
    await call("POST", `/staff-api/pickups/${pickup.id}/ready`, { token: staffToken, body: {} })

    await page.goto(storefrontUrl(`/account/orders/${orderId}`))
    const panel = page.locator("[data-pickup-status]")
    expect(await panel.getAttribute("data-pickup-status")).toBe("ready")
    expect(await panel.locator("[aria-current=step]").innerText()).toBe("Ready for pickup")
    const code = (await panel.locator("[data-code]").innerText()).trim()
    expect(code).toMatch(/^[A-Z0-9]{6}$/)
    const { pickup: shopperView } = await call("GET", `/store/orders/${orderId}/pickup`, { store: true, token: customerToken })
    expect(code).toBe(shopperView.code)
    expect(await panel.getByRole("img", { name: `QR code for ${code}` }).locator("svg").count()).toBe(1)
    expect(errors).toEqual([])
  })
})
