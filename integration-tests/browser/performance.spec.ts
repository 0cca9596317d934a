import type { Browser, Page } from "playwright-core"
import { eventually, launchBrowser } from "../helpers/browser"
import { demoAdminCredentials } from "../helpers/backend-api"
// stack.js is plain JavaScript (Jest's global setup loads it too).
const { queryE2eDatabase } = require("./stack") as { queryE2eDatabase: (sql: string, params?: unknown[]) => Promise<any[]> }

/**
 * Marketing in the Medusa admin: the Performance page shows the seeded history's
 * figures (checked against the read model with SQL), and the promotion list says
 * FIRST50 has reached its limit.
 */
let browser: Browser
let page: Page

const adminUrl = (path: string) => new URL(path, process.env.E2E_BACKEND_URL).toString()
const digits = (text: string) => text.replace(/[^\d]/g, "")

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ locale: "en-GB", timezoneId: "Europe/Paris" })
  const { email, password } = demoAdminCredentials()
  await page.goto(adminUrl("/app/login"))
  await page.locator("input[name=email]").fill(email)
  await page.locator("input[name=password]").fill(password)
  await page.locator("button[type=submit]").click()
  await page.waitForURL(/\/app(\/orders)?\/?$|\/app\/orders/, { timeout: 60_000 })
})

afterAll(async () => {
  await browser?.close()
})

it("shows the seeded history's revenue, orders and basket on the Performance page", async () => {
  // The page opens on the 12 months up to the last order held.
  const [{ last }] = await queryE2eDatabase("select max(placed_at) as last from sales_order_fact where deleted_at is null and not canceled")
  const to = new Date(`${new Date(new Date(last).getTime() + 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`)
  const from = new Date(to.getTime() - 365 * 86_400_000)
  const [expected] = await queryE2eDatabase(
    `select round(sum(net_revenue_base), 2)::text as revenue, count(*)::int as orders, round(round(sum(net_revenue_base), 2) / count(*), 2)::text as basket
     from sales_order_fact where deleted_at is null and not canceled and placed_at >= $1 and placed_at < $2`,
    [from, to],
  )
  // The seed's imported history is there (the sample's invoices); other browser tests may
  // already have placed live orders today, which then end the page's default 12 months.
  const [{ imported }] = await queryE2eDatabase("select count(*)::int as imported from sales_order_fact where source = 'imported' and deleted_at is null")
  expect(imported).toBeGreaterThan(100)
  expect(expected.orders).toBeGreaterThan(0)

  await page.goto(adminUrl("/app/performance"))
  await eventually(async () => {
    expect(digits(await page.getByTestId("kpi-orders-value").innerText())).toBe(String(expected.orders))
  }, 30_000)
  expect(digits(await page.getByTestId("kpi-revenue-value").innerText())).toBe(digits(expected.revenue))
  expect(digits(await page.getByTestId("kpi-basket-value").innerText())).toBe(digits(expected.basket))
  expect(await page.getByTestId("kpi-conversion-value").innerText()).toBe("no visit data")
  // At least the cohort of the range's first month with orders (live orders of today end the default range).
  expect(await page.getByTestId("cohorts").locator("tbody tr").count()).toBeGreaterThan(0)

  // The figures link to the orders behind them.
  await page.getByTestId("orders-link").click()
  await eventually(async () => {
    expect(digits(await page.getByTestId("orders-behind-count").innerText())).toBe(String(expected.orders))
  }, 30_000)
  expect(await page.getByTestId("orders-behind").locator("tbody tr").count()).toBe(Math.min(50, expected.orders))
})

it("shows FIRST50 as limit reached on the promotion list", async () => {
  await page.goto(adminUrl("/app/promotions"))
  const row = page.getByTestId("promotion-row-FIRST50")
  await eventually(async () => expect(await row.innerText()).toMatch(/Limit reached/), 30_000)
  expect(await page.getByTestId("promotion-row-WELCOME10").innerText()).not.toMatch(/Limit reached/)
})
