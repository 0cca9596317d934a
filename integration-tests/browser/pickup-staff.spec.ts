import type { Browser, Page } from "playwright-core"
import { eventually, launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { acceptedTerms, backendCaller, demoStaffCredentials } from "../helpers/backend-api"
import { demoAdminToken, europeRegionId, newCustomerToken, newStoreStaff, PICKUP_ADDRESS as ADDRESS, variantInStockAt } from "../helpers/pickup-journey"
import { waitForInboxEmail } from "../helpers/mail-inbox"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * A store's staff on the /staff screens: a member of staff the admin added for Lyon (who
 * set their password from the invitation) signs in, sees Lyon's queue and not Paris's,
 * marks a click-and-collect order ready, refuses a wrong code, hands it over with the right
 * one. The orders are placed through the Store API by a registered customer, whose order
 * page gives the code once ready. The same credentials do not open the admin.
 */
const STORE = "Lyon Part-Dieu"
const OTHER_STORE = "Paris Le Marais"

let browser: Browser
let key: string
const call = backendCaller(() => key)

async function placePickupOrder(customerToken: string, store = STORE) {
  const regionId = await europeRegionId(call)
  const { variantId } = await variantInStockAt(call, store, regionId)
  const token = customerToken
  const { cart } = await call("POST", "/store/carts", { store: true, token, body: { region_id: regionId } })
  await call("POST", `/store/carts/${cart.id}/line-items`, { store: true, token, body: { variant_id: variantId, quantity: 1 } })
  await call("POST", `/store/carts/${cart.id}`, { store: true, token, body: { shipping_address: ADDRESS, billing_address: ADDRESS, metadata: await acceptedTerms(call) } })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, { store: true, token })
  const collect = shipping_options.find((option: any) => option.name === `Collect in store — ${store}`)
  if (!collect) throw new Error(`No collection option for ${store}: ${shipping_options.map((option: any) => option.name)}`)
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
  let staff: { email: string; password: string }
  let customerToken: string
  let order: { id: string; display_id: number }
  let parisOrder: { id: string; display_id: number }
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    adminToken = await demoAdminToken(call)
    staff = await newStoreStaff(call, adminToken, [STORE])
    customerToken = await newCustomerToken(call)
    order = await placePickupOrder(customerToken)
    parisOrder = await placePickupOrder(customerToken, OTHER_STORE)
    // The order.placed subscriber opens the pickups.
    await eventually(async () => {
      for (const placed of [order, parisOrder]) {
        const { pickup } = await call("GET", `/admin/orders/${placed.id}/pickup`, { token: adminToken })
        expect(pickup?.status).toBe("received")
      }
    }, 20_000)
    page = await (await browser.newContext()).newPage()
    errors = watchForPageErrors(page)
  })

  afterAll(async () => {
    await page?.context().close()
  })

  it("signs Lyon's staff member in and lists Lyon's new order, not Paris's", async () => {
    await page.goto(storefrontUrl("/staff/pickups"))
    await page.waitForURL((url) => url.pathname === "/staff/sign-in")
    await page.getByLabel("E-mail address").fill(staff.email)
    await page.getByLabel("Password").fill(staff.password)
    await page.getByRole("button", { name: "Sign in" }).click()

    // One store: no store to choose.
    await page.waitForURL((url) => url.pathname === "/staff/pickups")
    const header = await page.locator("header").innerText()
    expect(header).toContain("Léa Garnier")
    expect(header).toContain(STORE)
    await page.getByRole("link", { name: new RegExp(`Order #${order.display_id}\\b`) }).waitFor()
    expect(await page.getByRole("link", { name: new RegExp(`Order #${parisOrder.display_id}\\b`) }).count()).toBe(0)
    const staffCookie = (await page.context().cookies()).find((cookie) => cookie.name === "staff_token")
    expect(staffCookie).toEqual(expect.objectContaining({ httpOnly: true, path: "/staff" }))

    await page.getByRole("link", { name: new RegExp(`Order #${order.display_id}\\b`) }).click()
    await page.waitForURL((url) => url.pathname.startsWith("/staff/pickups/pick_"))
    expect(await page.locator("main").innerText()).toMatch(/Pick list[\s\S]*1/)
  })

  it("shows the due time in Lyon's time, naming the zone, not in UTC (issue 15, item 11)", async () => {
    const { pickup } = await call("GET", `/admin/orders/${order.id}/pickup`, { token: adminToken })
    const clock = (timeZone: string) =>
      new Date(pickup.due_at).toLocaleTimeString("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    // Paris is one or two hours ahead of UTC all year round: the two clocks never agree.
    expect(clock("Europe/Paris")).not.toBe(clock("UTC"))
    const due = (await page.locator("main").innerText()).match(/Due [^\n]*?(\d\d:\d\d) \(([^)]+)\)/)
    expect(due?.slice(1)).toEqual([clock("Europe/Paris"), "Paris time"])

    await page.goto(storefrontUrl("/staff/pickups"))
    const card = await page.getByRole("link", { name: new RegExp(`Order #${order.display_id}\\b`) }).innerText()
    expect(card).toContain(`${clock("Europe/Paris")} (Paris time)`)
    expect(card).not.toContain(clock("UTC"))
    await page.getByRole("link", { name: new RegExp(`Order #${order.display_id}\\b`) }).click()
    await page.waitForURL((url) => url.pathname.startsWith("/staff/pickups/pick_"))
  })

  it("marks the order ready, which gives the customer a code", async () => {
    await page.getByRole("button", { name: /Mark ready/ }).click()
    await page.getByText(/Marked ready/).waitFor()
    const { pickup } = await call("GET", `/store/orders/${order.id}/pickup`, { store: true, token: customerToken })
    expect(pickup).toEqual(expect.objectContaining({ status: "ready", code: expect.stringMatching(/^[A-Z0-9]{6}$/) }))

    // The same code reached the customer's inbox, with its QR image.
    const { customer } = await call("GET", "/store/customers/me", { store: true, token: customerToken })
    const email = await waitForInboxEmail(customer.email, new RegExp(`^Order #${order.display_id} is ready to collect$`))
    expect(email.text).toContain(`Show this collection code at the till: ${pickup.code}`)
    expect(email.html).toContain(pickup.code)
    expect(JSON.stringify(email.attachments)).toContain("code-qr@fairmade")
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

  it("refuses the same credentials at the admin (/app)", async () => {
    const refused = await fetch(new URL("/auth/user/emailpass", process.env.E2E_BACKEND_URL), {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "10.9.8.7" },
      body: JSON.stringify({ email: staff.email, password: staff.password }),
    })
    expect(refused.status).toBe(401)

    const admin = await (await browser.newContext()).newPage()
    await admin.goto(new URL("/app/login", process.env.E2E_BACKEND_URL).toString())
    await admin.getByPlaceholder("Email").fill(staff.email)
    await admin.getByPlaceholder("Password").fill(staff.password)
    await admin.getByRole("button", { name: "Continue with Email" }).click()
    await admin.getByText("Invalid email or password").waitFor()
    expect(new URL(admin.url()).pathname).toBe("/app/login")
    await admin.context().close()
  })
})

describe("the demo's store staff", () => {
  it("signs in with the logins npm start generated into backend/.env, each at their stores", async () => {
    const storesOf = async (email: string, passwordKey: string) => {
      const { token } = await call("POST", "/auth/staff/emailpass", { body: demoStaffCredentials(email, passwordKey) })
      const { staff_member } = await call("GET", "/staff-api/me", { token })
      return staff_member.stores.map((store: any) => store.name)
    }
    expect(await storesOf("lyon.staff@fairmade.local", "DEMO_STAFF_LYON_PASSWORD")).toEqual([STORE])
    expect(await storesOf("stores.staff@fairmade.local", "DEMO_STAFF_ALL_STORES_PASSWORD")).toEqual(["London Covent Garden", "Lyon Part-Dieu", "Paris Le Marais"])
  })
})
