import { randomInt } from "node:crypto"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { acceptedTerms, backendCaller } from "../helpers/backend-api"
import { demoAdminToken, newStoreStaff } from "../helpers/pickup-journey"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * A return from both sides of the counter: a shopper books the return of a delivered order
 * from their account (drop at Lyon), gets a code and its QR; Lyon's staff find it by the
 * code, receive the item as resellable, and the shopper sees it refunded.
 */
const STORE = "Lyon Part-Dieu"
const ADDRESS = { first_name: "Lou", last_name: "Garnier", address_1: "5 place Bellecour", city: "Lyon", postal_code: "69002", country_code: "fr" }

let browser: Browser
let key: string
const call = backendCaller(() => key)


/** The back office: captures, ships and delivers the orders (admins do not work at the counter). */
const backOfficeToken = () => demoAdminToken(call)

async function newCustomerToken(): Promise<string> {
  const email = `returner-${Date.now()}-${randomInt(1e6)}@fairmade.test`
  const { token } = await call("POST", "/auth/customer/emailpass/register", { body: { email, password: "a long and memorable password" } })
  await call("POST", "/store/customers", { store: true, token, body: { email, first_name: ADDRESS.first_name, last_name: ADDRESS.last_name } })
  return (await call("POST", "/auth/token/refresh", { token })).token
}

type StoreProduct = { id: string; tags?: { value: string }[]; variants: { id: string; inventory_quantity: number; calculated_price?: { calculated_amount: number } }[] }

/** A returnable variant in stock; with `sameTwin`, one of a product whose other variants sell at the same price. */
function pickVariant(products: StoreProduct[], { sameTwin = false } = {}) {
  const price = (variant: StoreProduct["variants"][number]) => variant.calculated_price?.calculated_amount
  const twins = (product: StoreProduct) => product.variants.filter((variant) => price(variant) === price(product.variants[0])).length
  return products
    .filter((product) => !(product.tags ?? []).some((tag) => tag.value === "non-returnable"))
    .filter((product) => !sameTwin || twins(product) > 1)
    // The most same-price colours first: the likeliest to have one on Lyon's shelf.
    .sort((a, b) => (sameTwin ? twins(b) - twins(a) : 0))
    .flatMap((product) => product.variants)
    .find((candidate) => candidate.inventory_quantity > 2)!
}

/** One item delivered to Lyon by post, paid with the system provider; the shop then captures, ships and delivers it. */
async function deliveredOrder(customerToken: string, adminToken: string, choice: { sameTwin?: boolean } = {}) {
  const token = customerToken
  const { regions } = await call("GET", "/store/regions", { store: true })
  const europe = regions.find((region: any) => region.name === "Europe")
  const { products } = await call("GET", `/store/products?region_id=${europe.id}&limit=100&fields=id,tags.value,variants.id,+variants.inventory_quantity,*variants.calculated_price`, { store: true })
  const variant = pickVariant(products, choice)
  const { cart } = await call("POST", "/store/carts", { store: true, token, body: { region_id: europe.id } })
  await call("POST", `/store/carts/${cart.id}/line-items`, { store: true, token, body: { variant_id: variant.id, quantity: 1 } })
  await call("POST", `/store/carts/${cart.id}`, { store: true, token, body: { shipping_address: ADDRESS, billing_address: ADDRESS, metadata: await acceptedTerms(call) } })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, { store: true, token })
  const standard = shipping_options.find((option: any) => option.name === "Standard delivery")
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { store: true, token, body: { option_id: standard.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { store: true, token, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { store: true, token, body: { provider_id: "pp_system_default" } })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`, { store: true, token })
  if (completed.type !== "order") throw new Error(`No order: ${JSON.stringify(completed)}`)
  const order = completed.order

  const { order: paid } = await call("GET", `/admin/orders/${order.id}?fields=id,payment_collections.payments.id,items.id`, { token: adminToken })
  await call("POST", `/admin/payments/${paid.payment_collections[0].payments[0].id}/capture`, { token: adminToken, body: {} })
  const { order: fulfilled } = await call("POST", `/admin/orders/${order.id}/fulfillments?fields=id,fulfillments.id`, {
    token: adminToken,
    // One unit was ordered.
    body: { items: paid.items.map((item: any) => ({ id: item.id, quantity: 1 })) },
  })
  await call("POST", `/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillments[0].id}/mark-as-delivered`, { token: adminToken, body: {} })
  return order as { id: string; display_id: number; total: number; currency_code: string }
}

/** A member of staff who works at Lyon and Paris signs in to the staff area and chooses Lyon's counter. */
async function signInAtLyon(staff: Page) {
  const { email, password } = await newStoreStaff(call, await demoAdminToken(call), [STORE, "Paris Le Marais"])
  await staff.goto(storefrontUrl("/staff/returns"))
  await staff.waitForURL((url) => url.pathname === "/staff/sign-in")
  await staff.getByLabel("E-mail address").fill(email)
  await staff.getByLabel("Password").fill(password)
  await staff.getByRole("button", { name: "Sign in" }).click()
  await staff.waitForURL((url) => url.pathname === "/staff/store")
  await staff.getByRole("button", { name: STORE }).click()
  await staff.waitForURL((url) => url.pathname === "/staff/returns")
}

beforeAll(async () => {
  browser = await launchBrowser()
  key = await publishableKey()
})

afterAll(async () => {
  await browser?.close()
})

describe("a return booked online and received at the store", () => {
  let order: { id: string; display_id: number }
  let shopper: Page
  let staff: Page
  let shopperErrors: string[]
  let staffErrors: string[]
  let returnUrl: string
  let code: string

  beforeAll(async () => {
    const adminToken = await backOfficeToken()
    const customerToken = await newCustomerToken()
    order = await deliveredOrder(customerToken, adminToken)
    const shopperContext = await browser.newContext()
    const storefront = new URL(storefrontUrl("/"))
    await shopperContext.addCookies([{ name: "customer_token", value: customerToken, domain: storefront.hostname, path: "/", httpOnly: true, sameSite: "Lax" }])
    shopper = await shopperContext.newPage()
    shopperErrors = watchForPageErrors(shopper)
    staff = await (await browser.newContext()).newPage()
    staffErrors = watchForPageErrors(staff)
  })

  afterAll(async () => {
    await shopper?.context().close()
    await staff?.context().close()
  })

  it("lets the shopper book a drop-off at a store and shows the code with its QR", async () => {
    await shopper.goto(storefrontUrl(`/account/returns/new?order_id=${order.id}`))
    await shopper.getByRole("heading", { name: `Return items from order #${order.display_id}` }).waitFor()
    await shopper.getByLabel("Quantity").selectOption("1")
    await shopper.getByLabel("Reason").selectOption({ label: "Not as pictured" })
    const lyon = await shopper.locator('select[name="location_id"] option', { hasText: STORE }).getAttribute("value")
    await shopper.getByLabel("Store", { exact: true }).selectOption(lyon!)
    await shopper.getByRole("button", { name: "Book the return" }).click()

    await shopper.waitForURL((url) => /^\/account\/returns\/sret_/.test(url.pathname))
    returnUrl = shopper.url()
    code = (await shopper.locator(".returns-code [data-code]").innerText()).trim()
    expect(code).toMatch(/^R-[0-9A-Z]{5}-[0-9A-Z]{5}$/)
    expect(await shopper.locator(".returns-code [role=img] svg").count()).toBe(1)
    expect(await shopper.locator("main").innerText()).toContain(`Bring the items and this code (${code}`)
    expect(await shopper.locator("main").innerText()).toContain("Waiting for your items")
  })

  it("lets Lyon's staff find it by the code, receive the item and refund it", async () => {
    await signInAtLyon(staff)

    await staff.getByLabel("Return code").fill(code.toLowerCase().replace(/-/g, " "))
    await staff.getByRole("button", { name: "Find return" }).click()
    await staff.waitForURL((url) => /^\/staff\/returns\/sret_/.test(url.pathname))
    await staff.getByRole("button", { name: /Receive & refund/ }).click()
    await staff.getByText(/Received\. The receipt has been e-mailed/).waitFor()
    const page = await staff.locator("main").innerText()
    expect(page).toContain("Refunded")
    expect(page).toMatch(/Return receipt[\s\S]*restocked[\s\S]*Refunded to the original payment: €\d/)
  })

  it("shows the shopper the refund", async () => {
    await shopper.goto(returnUrl)
    const page = await shopper.locator("main").innerText()
    expect(page).toContain("Refunded")
    expect(page).not.toContain("Your return code")
    expect(shopperErrors).toEqual([])
    expect(staffErrors).toEqual([])
  })
})

describe("an exchange at the counter", () => {
  it("lets Lyon's staff exchange the returned item for another colour from the store's shelf, without a refund", async () => {
    const adminToken = await backOfficeToken()
    const customerToken = await newCustomerToken()
    const order = await deliveredOrder(customerToken, adminToken, { sameTwin: true })
    const { order: placed } = await call("GET", `/store/orders/${order.id}?fields=id,items.id`, { store: true, token: customerToken })
    const { return_policy } = await call("GET", "/store/return-policy", { store: true })
    const lyon = return_policy.methods[0].stores.find((store: any) => store.name === STORE)
    const { return_request } = await call("POST", "/store/return-requests", {
      store: true,
      token: customerToken,
      body: { order_id: order.id, method: "drop_at_store", location_id: lyon.id, items: [{ id: placed.items[0].id, quantity: 1, reason_code: "wrong_size_colour" }] },
    })

    const staff = await (await browser.newContext()).newPage()
    const errors = watchForPageErrors(staff)
    await signInAtLyon(staff)
    await staff.goto(storefrontUrl(`/staff/returns/${return_request.id}`))
    const choice = staff.getByLabel("Refund, or exchange for…")
    const offered = await choice.locator('option:not([disabled]):not([value=""])').first()
    const offeredText = (await offered.innerText()).trim()
    expect(offeredText).toMatch(/^Exchange for .+ · €\d+\.\d{2} · \d+ here$/)
    await choice.selectOption((await offered.getAttribute("value"))!)
    await staff.getByRole("button", { name: /Receive & refund or exchange/ }).click()
    await staff.getByText(/Received\. The receipt has been e-mailed/).waitFor()
    const page = await staff.locator("main").innerText()
    expect(page).toMatch(/Return receipt[\s\S]*restocked[\s\S]*exchanged for /)
    expect(page).toContain("Received, no refund due")
    expect(errors).toEqual([])
    await staff.context().close()
  })
})
