import type { Browser, Page } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { backendCaller, demoAdminCredentials } from "../helpers/backend-api"
import { adminWorkingAtAllStores, europeRegionId, newCustomerToken, PICKUP_ADDRESS as ADDRESS, variantInStockAt } from "../helpers/pickup-journey"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * A store's staff on the /staff screens: sign in with the demo admin (given the stores
 * through the plugin's documented route), choose Lyon, mark a click-and-collect order
 * ready, refuse a wrong code, hand it over with the right one. The order is placed through
 * the Store API by a registered customer, whose order page gives the code once ready.
 */
const STORE = "Lyon Part-Dieu"

let browser: Browser
let key: string
const call = backendCaller(() => key)

async function placePickupOrder(customerToken: string) {
  const regionId = await europeRegionId(call)
  const { variantId } = await variantInStockAt(call, STORE, regionId)
  const token = customerToken
  const { cart } = await call("POST", "/store/carts", { store: true, token, body: { region_id: regionId } })
  await call("POST", `/store/carts/${cart.id}/line-items`, { store: true, token, body: { variant_id: variantId, quantity: 1 } })
  await call("POST", `/store/carts/${cart.id}`, { store: true, token, body: { shipping_address: ADDRESS, billing_address: ADDRESS } })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, { store: true, token })
  const collect = shipping_options.find((option: any) => option.name === `Collect in store — ${STORE}`)
  if (!collect) throw new Error(`No collection option for ${STORE}: ${shipping_options.map((option: any) => option.name)}`)
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { store: true, token, body: { option_id: collect.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { store: true, token, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { store: true, token, body: { provider_id: "pp_system_default" } })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`, { store: true, token })
  if (completed.type !== "order") throw new Error(`No order: ${JSON.stringify(completed)}`)
  return completed.order as { id: string; display_id: number }
}

beforeAll(async () => {
  browser = await launchBrowser()
  key = await publishableKey()
})

afterAll(async () => {
  await browser?.close()
})

describe("click and collect at the till", () => {
  let adminToken: string
  let customerToken: string
  let order: { id: string; display_id: number }
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    adminToken = await adminWorkingAtAllStores(call)
    customerToken = await newCustomerToken(call)
    order = await placePickupOrder(customerToken)
    // The order.placed subscriber opens the pickup.
    await eventually(async () => {
      const { pickup } = await call("GET", `/admin/orders/${order.id}/pickup`, { token: adminToken })
      expect(pickup?.status).toBe("received")
    }, 20_000)
    page = await (await browser.newContext()).newPage()
    errors = watchForPageErrors(page)
  })

  afterAll(async () => {
    await page?.context().close()
  })

  it("signs staff in, asks which store, and lists the new order in Lyon's queue", async () => {
    await page.goto(storefrontUrl("/staff/pickups"))
    await page.waitForURL((url) => url.pathname === "/staff/sign-in")
    const { email, password } = demoAdminCredentials()
    await page.getByLabel("E-mail address").fill(email)
    await page.getByLabel("Password").fill(password)
    await page.getByRole("button", { name: "Sign in" }).click()

    await page.waitForURL((url) => url.pathname === "/staff/store")
    await page.getByRole("button", { name: STORE }).click()
    await page.waitForURL((url) => url.pathname === "/staff/pickups")
    expect(await page.locator("header").innerText()).toContain(STORE)
    const staffCookie = (await page.context().cookies()).find((cookie) => cookie.name === "staff_token")
    expect(staffCookie).toEqual(expect.objectContaining({ httpOnly: true, path: "/staff" }))

    await page.getByRole("link", { name: new RegExp(`Order #${order.display_id}\\b`) }).click()
    await page.waitForURL((url) => url.pathname.startsWith("/staff/pickups/pick_"))
    expect(await page.locator("main").innerText()).toMatch(/Pick list[\s\S]*1/)
  })

  it("marks the order ready, which gives the customer a code", async () => {
    await page.getByRole("button", { name: /Mark ready/ }).click()
    await page.getByText(/Marked ready/).waitFor()
    const { pickup } = await call("GET", `/store/orders/${order.id}/pickup`, { store: true, token: customerToken })
    expect(pickup).toEqual(expect.objectContaining({ status: "ready", code: expect.stringMatching(/^[A-Z0-9]{6}$/) }))
  })

  it("refuses a wrong code, then hands the order over with the right one", async () => {
    const { pickup } = await call("GET", `/store/orders/${order.id}/pickup`, { store: true, token: customerToken })
    const wrong = pickup.code === "AAAAAA" ? "BBBBBB" : "AAAAAA"

    await page.getByLabel("Collection code").fill(wrong)
    await page.getByRole("button", { name: /Check code/ }).click()
    await page.getByRole("alert").filter({ hasText: /does not match/ }).waitFor()
    // The refused form comes back with its 400 status, which Chromium logs as a console error.
    expect(errors).toEqual([expect.stringMatching(/status of 400/)])
    errors.length = 0

    await page.getByLabel("Collection code").fill(pickup.code.toLowerCase())
    await page.getByRole("button", { name: /Check code/ }).click()
    await page.getByText(/Handed over/).waitFor()
    expect(await page.locator("main").innerText()).toContain("Collected")

    const { pickup: after } = await call("GET", `/admin/orders/${order.id}/pickup`, { token: adminToken })
    expect(after.status).toBe("collected")
    expect(after.events.map((event: any) => event.action)).toEqual(
      expect.arrayContaining(["created", "ready", "notified", "verification_failed", "hand_over"]),
    )
    expect(errors).toEqual([])
  })
})
