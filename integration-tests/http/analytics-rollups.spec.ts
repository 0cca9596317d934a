/**
 * The daily roll-ups of @fairmade/shop-analytics on a real PostgreSQL: the
 * overview and cohorts read from them give exactly the figures computed from
 * one row per order (real Online Retail history plus orders of every channel,
 * ranges cut at midnight or not, with filters), and they stay equal to a
 * rebuild from the facts however orders are replayed, moved or removed.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKEND_DIR } from "../helpers/backend"

jest.setTimeout(240_000)

const plugin = (file: string) => require(`../../plugins/shop-analytics/.medusa/server/src/${file}`)

type FactSet = { fact: Record<string, unknown>; lines: Record<string, unknown>[]; promotions: Record<string, unknown>[] }

/** A live order's fact set, as the event workflow would write it. */
function order(id: string, placedAt: string, fields: Partial<Record<string, unknown>> = {}): FactSet {
  const net = String(fields.net_revenue ?? "50")
  const fact = {
    order_id: id,
    source: "live",
    display_id: null,
    customer_key: "cus_live_1",
    placed_at: new Date(placedAt),
    currency_code: "eur",
    region_id: "reg_eu",
    country_code: "fr",
    channel: "delivery",
    store_location_id: null,
    pickup_status: null,
    canceled: false,
    units: 2,
    returned_units: 0,
    items_net: net,
    discount_total: "0",
    tax_total: "0",
    refunded_net: "0",
    net_revenue: net,
    net_revenue_base: net,
    exchange_rate: "1",
    ...fields,
  }
  return {
    fact,
    lines: [{ order_id: id, line_key: `${id}:1`, placed_at: fact.placed_at, product_id: null, variant_id: null, sku: null, title: "Vase", quantity: fact.units, returned_quantity: 0, net_amount: net, net_amount_base: fact.net_revenue_base }],
    promotions: [],
  }
}

async function rollupTables(container: MedusaContainer) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as { raw: (sql: string) => Promise<{ rows: unknown[] }> }
  const read = async (sql: string) => (await db.raw(sql)).rows
  return {
    daily: await read(`select day::text, channel, store_location_id, region_id, currency_code, orders, units::text, net_revenue::text, net_revenue_base::text from sales_daily_rollup order by 1, 2, 3, 4, 5`),
    customers: await read(`select day::text, customer_key, channel, store_location_id, region_id, orders, units::text, net_revenue_base::text from sales_customer_daily order by 1, 2, 3, 4, 5`),
    firsts: await read(`select customer_key, first_order_at from sales_customer_first order by 1`),
  }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ getContainer }) => {
    let analytics: any
    const { overview, overviewFromFacts, cohortTable, cohortTableFromFacts } = plugin("lib/overview")

    beforeAll(async () => {
      analytics = getContainer().resolve("sales_analytics")
      const { importRetailSalesHistory } = plugin("history/import-retail-sales")
      const imported = await importRetailSalesHistory(getContainer(), path.join(BACKEND_DIR, "data/online-retail-sample.csv"))
      expect(imported.orders).toBeGreaterThan(100)
      // Live orders of every channel, two stores and two regions, a guest, a canceled order, one at 23:59 and one at 00:00.
      await analytics.replaceOrderFacts([
        order("order_a1", "2011-03-01T00:00:00Z"),
        order("order_a2", "2011-03-01T23:59:59.999Z", { channel: "click_and_collect", store_location_id: "sloc_lyon", pickup_status: "collected", net_revenue: "30.5" }),
        order("order_a3", "2011-06-15T12:30:00Z", { channel: "click_and_collect", store_location_id: "sloc_paris", region_id: "reg_uk", currency_code: "gbp", net_revenue: "20", net_revenue_base: "23.4", exchange_rate: "1.17" }),
        order("order_b1", "2011-06-15T08:00:00Z", { customer_key: "guest@fairmade.test", channel: "store_sale", store_location_id: "sloc_lyon", net_revenue: "12.345" }),
        order("order_b2", "2011-09-02T17:45:00Z", { customer_key: "guest@fairmade.test", net_revenue: "99.99" }),
        order("order_c1", "2011-09-02T18:00:00Z", { customer_key: null, units: 5 }),
        order("order_x1", "2011-07-01T10:00:00Z", { customer_key: "cus_live_2", canceled: true, net_revenue: "500" }),
      ])
      // February 2012 (after the history): 4 vases and 2 mugs in GBP, 1 vase returned and £10 refunded.
      const returned = order("order_r1", "2012-02-10T10:00:00Z", { customer_key: "cus_live_4", currency_code: "gbp", units: 6, returned_units: 1, refunded_net: "10", net_revenue: "70", net_revenue_base: "81.9", exchange_rate: "1.17" })
      returned.lines = [
        { ...returned.lines[0], product_id: "prod_vase", quantity: 4, returned_quantity: 1, net_amount: "40", net_amount_base: "46.8" },
        { ...returned.lines[0], line_key: "order_r1:2", product_id: "prod_mug", title: "Mug", quantity: 2, net_amount: "40", net_amount_base: "46.8" },
      ]
      await analytics.replaceOrderFacts([returned, order("order_r2", "2012-02-11T10:00:00Z", { customer_key: "cus_live_4", units: 2 })])
    })

    it("give the overview the per-order figures to the cent, whatever the range, comparison and filters", async () => {
      const ranges: [string, string][] = [
        ["2010-12-09", "2011-12-09"], // the dashboard's 12 months (plain dates)
        ["2011-01-01T00:00:00Z", "2011-07-01T00:00:00Z"],
        ["2010-12-08T13:37:00Z", "2011-12-08T09:15:30Z"], // cut inside days at both ends
        ["2011-03-01T12:00:00Z", "2011-03-02T06:00:00Z"], // less than a day, across midnight
        ["2011-06-15T09:00:00Z", "2011-06-15T13:00:00Z"], // within one day
        ["2011-09-01", "2011-10-01"],
      ]
      const filterSets = [{}, { channel: "click_and_collect" }, { store: "sloc_lyon" }, { region: "reg_uk" }, { channel: "delivery", region: "reg_eu" }, { region: "none" }]
      let compared = 0
      for (const [from, to] of ranges) {
        for (const filters of filterSets) {
          for (const compare of ["previous", "none"] as const) {
            const query = { from: new Date(from.length === 10 ? `${from}T00:00:00Z` : from), to: new Date(to.length === 10 ? `${to}T00:00:00Z` : to), compare, ...filters }
            const expected = await overviewFromFacts(analytics, query)
            expect(await overview(analytics, query)).toEqual(expected)
            compared++
          }
        }
      }
      expect(compared).toBe(72)
      // The orders behind a figure are as many as the figure counts.
      const lyon2011 = { from: new Date("2011-01-01T00:00:00Z"), to: new Date("2011-12-01T00:00:00Z"), store: "sloc_lyon" }
      const behind = await analytics.listOrdersBehind(lyon2011, { limit: 50, offset: 0 })
      expect(behind.count).toBe((await overview(analytics, { ...lyon2011, compare: "none" })).kpis.orders)
      expect(behind.orders.map((row: any) => row.order_id)).toEqual(["order_b1", "order_a2"]) // newest first
      // The comparison is not vacuous: the 12 months hold the history and the live orders.
      const year = await overview(analytics, { from: new Date("2011-03-01T00:00:00Z"), to: new Date("2011-12-01T00:00:00Z"), compare: "previous" })
      expect(year.kpis.orders).toBeGreaterThan(100)
      expect(year.kpis.returning_customers).toBeGreaterThan(0)
      expect(year.kpis.repeat_purchase_rate).toBeGreaterThan(0)
      expect(year.kpis.by_channel.map((row: any) => row.key).sort()).toEqual(["click_and_collect", "delivery", "store_sale"])
      for (const granularity of ["day", "week", "month"]) {
        const query = { from: new Date("2011-02-10T06:00:00Z"), to: new Date("2011-05-20T00:00:00Z"), compare: "previous", granularity }
        expect(await overview(analytics, query)).toEqual(await overviewFromFacts(analytics, query))
      }
    })

    it("count returns: return rate overall and by product, orders with a return, refunds in EUR", async () => {
      const { returnKpis } = plugin("lib/returns")
      const { totals, products } = await analytics.returnFigures({ from: new Date("2012-02-01T00:00:00Z"), to: new Date("2012-03-01T00:00:00Z") }, 50)
      expect(returnKpis(totals, products)).toEqual({
        orders: 2,
        units: 8, // 6 + 2
        returned_units: 1,
        return_rate: 0.125, // 1 ÷ 8
        orders_with_return: 1,
        order_return_rate: 0.5,
        orders_refunded: 1,
        refunded: "11.70", // £10 × 1.17
        by_product: [{ key: "prod_vase", product_id: "prod_vase", title: "Vase", units: 4, returned_units: 1, return_rate: 0.25 }],
      })
    })

    it("give the cohort table the per-order cells", async () => {
      for (const [from, to, filters] of [
        ["2010-12-01T00:00:00Z", "2011-12-01T00:00:00Z", {}],
        ["2010-12-08T13:37:00Z", "2011-12-08T09:15:30Z", {}],
        ["2011-01-01T00:00:00Z", "2011-10-01T00:00:00Z", { channel: "delivery" }],
        ["2011-03-01T12:00:00Z", "2011-09-03T00:00:00Z", { store: "sloc_lyon" }],
      ] as const) {
        const query = { from: new Date(from), to: new Date(to), months: 12, ...filters }
        const expected = await cohortTableFromFacts(analytics, query)
        expect(await cohortTable(analytics, query)).toEqual(expected)
      }
      const year = await cohortTable(analytics, { from: new Date("2010-12-01T00:00:00Z"), to: new Date("2011-12-01T00:00:00Z"), months: 12 })
      expect(year.cohorts.length).toBeGreaterThan(6)
    })

    it("stay equal to a rebuild from the facts when orders are replayed, moved, canceled or removed", async () => {
      const container = getContainer()
      const before = await rollupTables(container)
      const { importRetailSalesHistory } = plugin("history/import-retail-sales")
      await importRetailSalesHistory(container, path.join(BACKEND_DIR, "data/online-retail-sample.csv")) // every invoice delivered again
      await analytics.replaceOrderFacts([order("order_a1", "2011-03-01T00:00:00Z")])
      await analytics.replaceOrderFacts([order("order_a1", "2011-03-01T00:00:00Z")])
      expect(await rollupTables(container)).toEqual(before)

      await analytics.replaceOrderFacts([
        order("order_a1", "2011-04-20T10:00:00Z", { customer_key: "cus_live_3" }), // moved day and customer
        order("order_b2", "2011-09-02T17:45:00Z", { customer_key: "guest@fairmade.test", canceled: true }), // canceled
      ])
      await analytics.removeOrderFacts(["order_a3", "order_c1"])
      const incremental = await rollupTables(container)
      await analytics.rebuildRollups()
      expect(incremental).toEqual(await rollupTables(container))
      // cus_live_1's first order is now a2 (a1 moved to cus_live_3, a3 removed); the guest's is still b1.
      const firsts = Object.fromEntries(incremental.firsts.map((row: any) => [row.customer_key, new Date(row.first_order_at).toISOString()]))
      expect(firsts.cus_live_1).toBe("2011-03-01T23:59:59.999Z")
      expect(firsts.cus_live_3).toBe("2011-04-20T10:00:00.000Z")
      expect(firsts["guest@fairmade.test"]).toBe("2011-06-15T08:00:00.000Z")
      // The moved order counts on its new day (next to that day's imported history, in GBP and of no region).
      expect(incremental.daily.filter((row: any) => row.day === "2011-04-20" && row.currency_code === "eur")).toEqual([
        { day: "2011-04-20", channel: "delivery", store_location_id: "", region_id: "reg_eu", currency_code: "eur", orders: 1, units: "2", net_revenue: "50", net_revenue_base: "50" },
      ])
      const query = { from: new Date("2010-12-01T00:00:00Z"), to: new Date("2011-12-01T00:00:00Z"), compare: "previous" as const }
      expect(await overview(analytics, query)).toEqual(await overviewFromFacts(analytics, query))
    })
  },
})
