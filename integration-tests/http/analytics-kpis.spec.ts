/**
 * The KPI formulas of @fairmade/shop-analytics (README "KPIs") on small
 * fixtures computed by hand: 3 customers, 5 orders, one refund, one return.
 * Pure functions: no database, but run with the HTTP suite by `npm test`.
 */
import { cohorts, change, previousPeriod, promotionKpis, series, summarize, conversion, type OrderRow, type PromotionUse } from "../../plugins/shop-analytics/src/lib/kpis"
import { channelOf, toOrderFactSet, type LoadedOrder } from "../../plugins/shop-analytics/src/lib/order-fact"
import { toImportedFactSet, toRetailInvoiceLine } from "../../plugins/shop-analytics/src/history/retail-orders"
import { sum } from "../../plugins/shop-analytics/src/lib/money"

const at = (iso: string) => new Date(`${iso}T10:00:00Z`)
const FIRST = { A: at("2026-01-05"), B: at("2026-01-10"), C: at("2025-12-20") }

// Customer A: o1 (Jan) and o3 (Feb), new in the period. B: o2 (Jan), collected at Lyon, 20.00 refunded
// (50.00 − 20.00 = 30.00). C: o5 (Dec, before the period) and o4 (Feb, collected at Lyon): returning.
const o1: OrderRow = { order_id: "o1", placed_at: FIRST.A, customer_key: "A", customer_first_order_at: FIRST.A, channel: "delivery", store_location_id: null, region_id: "reg_eu", units: 2, net_revenue_base: "100" }
const o2: OrderRow = { order_id: "o2", placed_at: FIRST.B, customer_key: "B", customer_first_order_at: FIRST.B, channel: "click_and_collect", store_location_id: "sloc_lyon", region_id: "reg_eu", units: 1, net_revenue_base: "30" }
const o3: OrderRow = { order_id: "o3", placed_at: at("2026-02-03"), customer_key: "A", customer_first_order_at: FIRST.A, channel: "delivery", store_location_id: null, region_id: "reg_uk", units: 3, net_revenue_base: "60" }
const o4: OrderRow = { order_id: "o4", placed_at: at("2026-02-14"), customer_key: "C", customer_first_order_at: FIRST.C, channel: "click_and_collect", store_location_id: "sloc_lyon", region_id: "reg_eu", units: 4, net_revenue_base: "80" }
const o5: OrderRow = { order_id: "o5", placed_at: FIRST.C, customer_key: "C", customer_first_order_at: FIRST.C, channel: "delivery", store_location_id: null, region_id: "reg_eu", units: 1, net_revenue_base: "40" }
const period = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-03-01T00:00:00Z") }
const inPeriod = [o1, o2, o3, o4]

describe("KPI formulas", () => {
  const kpis = summarize(inPeriod, period)

  it("revenue, orders, units, average basket and units per order", () => {
    expect(kpis.revenue).toBe("270.00") // 100 + 30 + 60 + 80
    expect(kpis.orders).toBe(4)
    expect(kpis.units).toBe(10)
    expect(kpis.average_basket).toBe("67.50") // 270 ÷ 4
    expect(kpis.units_per_order).toBe(2.5)
  })

  it("new vs returning customers and their revenue, repeat-purchase rate", () => {
    expect(kpis.customers).toBe(3)
    expect(kpis.new_customers).toBe(2) // A and B ordered first in the period
    expect(kpis.returning_customers).toBe(1) // C first ordered in December
    expect(kpis.new_customer_revenue).toBe("190.00") // A 100 + 60, B 30
    expect(kpis.returning_customer_revenue).toBe("80.00")
    expect(kpis.repeat_purchase_rate).toBe(0.3333) // only A ordered twice: 1 of 3
  })

  it("click-and-collect share and revenue per channel, store and region", () => {
    expect(kpis.click_and_collect_share).toBe(0.5)
    expect(kpis.by_channel).toEqual([
      { key: "click_and_collect", orders: 2, revenue: "110.00", share_of_orders: 0.5, share_of_revenue: 0.4074 },
      { key: "delivery", orders: 2, revenue: "160.00", share_of_orders: 0.5, share_of_revenue: 0.5926 },
    ])
    expect(kpis.by_store).toEqual([{ key: "sloc_lyon", orders: 2, revenue: "110.00", share_of_orders: 0.5, share_of_revenue: 0.4074 }])
    expect(kpis.by_region).toEqual([
      { key: "reg_eu", orders: 3, revenue: "210.00", share_of_orders: 0.75, share_of_revenue: 0.7778 },
      { key: "reg_uk", orders: 1, revenue: "60.00", share_of_orders: 0.25, share_of_revenue: 0.2222 },
    ])
  })

  it("an empty period has no basket rather than a basket of 0", () => {
    const empty = summarize([], period)
    expect(empty.revenue).toBe("0.00")
    expect(empty.average_basket).toBeNull()
    expect(empty.repeat_purchase_rate).toBeNull()
  })

  it("series per month with every bucket present, and the previous period's change", () => {
    expect(series(inPeriod, period, "month")).toEqual([
      { bucket: "2026-01-01", revenue: "130.00", orders: 2, units: 3 },
      { bucket: "2026-02-01", revenue: "140.00", orders: 2, units: 7 },
    ])
    const weeks = series(inPeriod, period, "week")
    expect(weeks[0].bucket).toBe("2025-12-29") // the ISO week (Monday) holding 1 January
    expect(weeks.reduce((total, point) => total + point.orders, 0)).toBe(4)
    expect(previousPeriod(period.from, period.to)).toEqual({ from: new Date("2025-11-03T00:00:00Z"), to: period.from })
    expect(change("270.00", "200.00")).toBe(0.35)
    expect(change("270.00", "0.00")).toBeNull()
  })

  it("monthly retention cohorts: share of a first-order month's customers buying again in month n", () => {
    const rows = [o1, o2, o3, o4, o5].map((row) => ({ customer_key: row.customer_key!, placed_at: row.placed_at }))
    expect(cohorts(rows, { lastMonth: "2026-02", months: 3 })).toEqual([
      { cohort: "2025-12", customers: 1, retention: [1, 0, 1] }, // C: December, not January, February
      { cohort: "2026-01", customers: 2, retention: [1, 0.5, null] }, // A and B; A again in February; March not yet
    ])
  })

  it("per promotion: orders, revenue, discount given, new customers, basket with vs without", () => {
    const uses: PromotionUse[] = [
      { order_id: "o1", promotion_id: "promo_welcome", code: "WELCOME10", is_automatic: false, discount_base: "10" },
      { order_id: "o4", promotion_id: "promo_welcome", code: "WELCOME10", is_automatic: false, discount_base: "8" },
      { order_id: "o2", promotion_id: "promo_xmas", code: "CHRISTMAS15", is_automatic: true, discount_base: "5" },
      { order_id: "o5", promotion_id: "promo_xmas", code: "CHRISTMAS15", is_automatic: true, discount_base: "6" }, // outside the period
    ]
    expect(promotionKpis(inPeriod, uses)).toEqual([
      { promotion_id: "promo_welcome", code: "WELCOME10", is_automatic: false, orders: 2, revenue: "180.00", discount_given: "18.00", new_customers: 1, average_basket_with: "90.00", average_basket_without: "45.00" },
      { promotion_id: "promo_xmas", code: "CHRISTMAS15", is_automatic: true, orders: 1, revenue: "30.00", discount_given: "5.00", new_customers: 1, average_basket_with: "30.00", average_basket_without: "80.00" },
    ])
  })

  it("conversion only where visits were counted", () => {
    expect(conversion(4, null)).toEqual({ available: false, reason: "no visit data" })
    expect(conversion(4, 200)).toEqual({ available: true, rate: 0.02, sessions: 200 })
  })
})

describe("decimal sums", () => {
  it("are exact, without floats, whatever the number of decimals", () => {
    expect(sum(["0.1", "0.2"])).toBe("0.3") // 0.30000000000000004 in floats
    expect(sum(["13.806", "-3.806", "0.0000000001"])).toBe("10.0000000001")
    expect(sum(["0.00000000001", "1"])).toBe("1.00000000001") // beyond the fixed-point scale: BigNumber
    expect(sum([])).toBe("0")
  })
})

describe("an order's fact", () => {
  // 2 lines of 60.00 with 10.00 VAT each; one unit returned and 24.00 (tax included) refunded.
  const order: LoadedOrder = {
    id: "order_1",
    display_id: 12,
    currency_code: "gbp",
    region_id: "reg_uk",
    customer_id: "cus_b",
    created_at: "2026-01-10T10:00:00Z",
    status: "pending",
    total: 120,
    tax_total: 20,
    discount_total: 7,
    items: [
      { id: "item_1", title: "Mug", quantity: 1, total: 60, tax_total: 10, detail: { quantity: 1, return_received_quantity: 1 }, adjustments: [{ promotion_id: "promo_1", code: "WELCOME10", amount: 5 }] },
      { id: "item_2", title: "Vase", quantity: 2, total: 60, tax_total: 10, detail: { quantity: 2 } },
    ],
    shipping_methods: [{ shipping_option_id: "so_lyon", adjustments: [{ promotion_id: "promo_1", code: "WELCOME10", amount: 2 }] }],
    payment_collections: [{ payments: [{ refunds: [{ amount: 24 }] }] }],
  }
  const set = toOrderFactSet(order, { pickup_location_id: "sloc_lyon", pickup_status: "collected" }, new Map([["promo_1", { id: "promo_1", code: "WELCOME10", is_automatic: false }]]))

  it("is net of tax, discounts (already in line totals) and refunds without their tax share, converted with the rate table", () => {
    expect(set.fact.items_net).toBe("100") // (60 − 10) + (60 − 10)
    expect(set.fact.refunded_net).toBe("20") // 24 × (120 − 20) ÷ 120
    expect(set.fact.net_revenue).toBe("80")
    expect(set.fact.exchange_rate).toBe("1.17")
    expect(set.fact.net_revenue_base).toBe("93.6") // 80 GBP × 1.17
    expect(set.fact.units).toBe(3)
    expect(set.fact.returned_units).toBe(1)
    expect(set.fact.customer_key).toBe("cus_b")
  })

  it("belongs to the pickup store's click-and-collect, and to a store sale when the order says so", () => {
    expect(set.fact).toMatchObject({ channel: "click_and_collect", store_location_id: "sloc_lyon", pickup_status: "collected" })
    expect(channelOf({ ...order, metadata: { channel: "store", location_id: "sloc_paris" } }, { pickup_location_id: null, pickup_status: null })).toEqual({ channel: "store_sale", store_location_id: "sloc_paris" })
    expect(channelOf(order, { pickup_location_id: null, pickup_status: null })).toEqual({ channel: "delivery", store_location_id: null })
  })

  it("adds up each promotion's discount over lines and shipping", () => {
    expect(set.promotions).toEqual([{ order_id: "order_1", promotion_id: "promo_1", code: "WELCOME10", is_automatic: false, discount_amount: "7", discount_amount_base: "8.19" }])
  })

  it("refuses a currency the rate table does not know, naming it", () => {
    expect(() => toOrderFactSet({ ...order, currency_code: "jpy" }, { pickup_location_id: null, pickup_status: null }, new Map())).toThrow(/"jpy".*RATES_TO_EUR/)
  })
})

describe("imported history", () => {
  const record = (overrides: Record<string, string>) => ({
    InvoiceNo: "536381", StockCode: "22086", Description: "PAPER CHAIN KIT ", Quantity: "4", InvoiceDate: "2010-12-01 09:41:00", UnitPrice: "2.95", CustomerID: "15311.0", Country: "United Kingdom", ...overrides,
  })

  it("turns an invoice into an imported order in GBP over its real date", () => {
    const lines = [toRetailInvoiceLine(record({}))!, toRetailInvoiceLine(record({ StockCode: "21731", Quantity: "2", UnitPrice: "1.65" }))!]
    const set = toImportedFactSet(lines, new Map([["22086", { product_id: "prod_1", variant_id: "variant_1", sku: "CHAIN" }]]))
    expect(set.fact).toMatchObject({ order_id: "imported:536381", source: "imported", customer_key: "imported:15311", currency_code: "gbp", units: 6, net_revenue: "15.1", net_revenue_base: "17.667" })
    expect(set.fact.placed_at.toISOString()).toBe("2010-12-01T09:41:00.000Z")
    expect(set.lines.map((line) => [line.product_id, line.net_amount])).toEqual([["prod_1", "11.8"], [null, "3.3"]])
  })

  it("leaves out cancellations, adjustments and service lines", () => {
    expect(toRetailInvoiceLine(record({ InvoiceNo: "C536383" }))).toBeNull()
    expect(toRetailInvoiceLine(record({ Quantity: "-1" }))).toBeNull()
    expect(toRetailInvoiceLine(record({ UnitPrice: "0" }))).toBeNull()
    expect(toRetailInvoiceLine(record({ StockCode: "POST" }))).toBeNull()
    expect(toRetailInvoiceLine(record({ CustomerID: "" }))!.customer).toBeNull()
  })
})
