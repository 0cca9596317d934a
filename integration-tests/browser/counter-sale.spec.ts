import type { Browser, Page } from "playwright-core"
import { launchBrowser, storefrontUrl, watchForPageErrors } from "../helpers/browser"
import { backendCaller } from "../helpers/backend-api"
import { demoAdminToken, europeRegionId, newStoreStaff, storeLocationId } from "../helpers/pickup-journey"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { publishableKey } = require("./stack") as { publishableKey: () => Promise<string> }

/**
 * A counter sale at Lyon on the /staff screens: a member of Lyon's staff scans two items
 * (typed SKUs, as a barcode scanner types them), takes the card payment and gets the
 * receipt with its print button. The order is Lyon's: in Lyon's sales channel.
 */
const STORE = "Lyon Part-Dieu"

let browser: Browser
let key: string
const call = backendCaller(() => key)

/** Two variants with a SKU that Lyon has on its shelf. */
async function twoItemsOnLyonShelf(): Promise<{ sku: string; title: string }[]> {
  const regionId = await europeRegionId(call)
  const { products } = await call("GET", `/store/products?region_id=${regionId}&limit=40&fields=id,title,variants.id,variants.sku`, { store: true })
  const found: { sku: string; title: string }[] = []
  for (const product of products) {
    for (const variant of product.variants) {
      if (!variant.sku) continue
      const { stores } = await call("GET", `/store/pickup-availability?variant_ids=${variant.id}`, { store: true })
      const store = stores.find((candidate: any) => candidate.name === STORE)
      if (store?.lines[0]?.availability === "in_store") {
        found.push({ sku: variant.sku, title: product.title })
        break
      }
    }
    if (found.length === 2) return found
  }
  throw new Error(`Fewer than two products among the first 40 are on ${STORE}'s shelf`)
}

beforeAll(async () => {
  browser = await launchBrowser()
  key = await publishableKey()
})

afterAll(async () => {
  await browser?.close()
})

describe("a counter sale at the till", () => {
  let adminToken: string
  let staff: { email: string; password: string }
  let items: { sku: string; title: string }[]
  let page: Page
  let errors: string[]

  beforeAll(async () => {
    adminToken = await demoAdminToken(call)
    staff = await newStoreStaff(call, adminToken, [STORE], { first_name: "Nina", last_name: "Caisse" })
    items = await twoItemsOnLyonShelf()
    page = await (await browser.newContext()).newPage()
    errors = watchForPageErrors(page)
  })

  afterAll(async () => {
    await page?.context().close()
  })

  it("sells two items and shows the receipt with a print button", async () => {
    await page.goto(storefrontUrl("/staff/counter"))
    await page.waitForURL((url) => url.pathname === "/staff/sign-in")
    await page.getByLabel("E-mail address").fill(staff.email)
    await page.getByLabel("Password").fill(staff.password)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL((url) => url.pathname === "/staff/counter")

    await page.getByRole("button", { name: "New sale" }).click()
    await page.waitForURL((url) => /^\/staff\/counter\/cart_/.test(url.pathname))
    for (const item of items) {
      await page.getByLabel("Scan or type SKU / barcode").fill(item.sku)
      await page.getByLabel("Scan or type SKU / barcode").press("Enter")
      await page.getByTestId("counter-basket").getByText(item.title).first().waitFor()
    }
    const basket = await page.getByTestId("counter-basket").innerText()
    for (const item of items) expect(basket).toContain(item.title)
    expect(basket).toMatch(/on the shelf/)
    const total = (await page.getByTestId("counter-total").innerText()).trim()
    expect(total).toMatch(/^\d+\.\d{2} EUR$/)

    // Card terminal, the amount prefilled with the total.
    await page.getByRole("button", { name: /Paid — complete sale/ }).click()
    await page.waitForURL((url) => url.pathname.endsWith("/receipt"))
    const receipt = page.getByTestId("counter-receipt")
    await receipt.waitFor()
    const text = await receipt.innerText()
    expect(text).toContain(STORE)
    for (const item of items) expect(text).toContain(item.title)
    expect((await page.getByTestId("receipt-total").innerText()).trim()).toBe(total)
    expect(text).toContain("Card terminal")
    await page.getByRole("button", { name: "Print receipt" }).waitFor()

    // The order is Lyon's: in Lyon's own sales channel.
    const displayId = Number((await page.getByTestId("receipt-order").innerText()).replace("#", ""))
    const { orders } = await call("GET", "/admin/orders?fields=id,display_id,sales_channel_id&order=-created_at&limit=50", { token: adminToken })
    const order = orders.find((candidate: any) => candidate.display_id === displayId)
    const lyonId = await storeLocationId(call, adminToken, STORE)
    const { stock_location } = await call("GET", `/admin/stock-locations/${lyonId}?fields=id,metadata`, { token: adminToken })
    expect(order.sales_channel_id).toBe(stock_location.metadata.sales_channel_id)
    expect(errors).toEqual([])
  })
})
