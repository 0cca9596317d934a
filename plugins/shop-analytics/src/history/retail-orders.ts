/**
 * Invoices of the Online Retail data set (Chen, D. (2015), UCI ML Repository,
 * DOI 10.24432/C5BW33, CC BY 4.0) as imported orders of the read model: one
 * order per invoice, over its real date, in GBP (the data set's UnitPrice),
 * its customer followed as `imported:<CustomerID>` (guests: no customer).
 * Prices are taken as net of tax; there are no discounts. Cancellation
 * invoices ("C…"), stock adjustments (quantity or price ≤ 0) and service
 * lines (POST, DOT, M…: product codes start with a digit) are left out.
 */
import { mult, sum } from "../lib/money"
import type { OrderFactSet, OrderLineFactData } from "../lib/order-fact"
import { rateToEur } from "../lib/rates"

export const IMPORTED_PREFIX = "imported:"
const CURRENCY = "gbp"

export type ProductRef = { product_id: string; variant_id: string; sku: string | null }

export type RetailInvoiceLine = { invoice: string; stock_code: string; description: string; quantity: number; unit_price: string; placed_at: Date; customer: string | null }

export function toRetailInvoiceLine(record: Record<string, string>): RetailInvoiceLine | null {
  const invoice = (record.InvoiceNo ?? "").trim()
  const stockCode = (record.StockCode ?? "").trim().toUpperCase()
  const quantity = Number(record.Quantity)
  const price = (record.UnitPrice ?? "").trim()
  if (!invoice || invoice.startsWith("C") || !Number.isInteger(quantity) || quantity <= 0 || !(Number(price) > 0) || !/^\d/.test(stockCode)) return null
  const placedAt = new Date(`${(record.InvoiceDate ?? "").replace(" ", "T")}Z`)
  if (Number.isNaN(placedAt.getTime())) return null
  // The source writes customer ids as floats ("17850.0").
  const customer = record.CustomerID ? String(Math.trunc(Number(record.CustomerID))) : null
  return { invoice, stock_code: stockCode, description: (record.Description ?? "").trim(), quantity, unit_price: price, placed_at: placedAt, customer }
}

/** One invoice's lines as an imported order's fact set. */
export function toImportedFactSet(lines: RetailInvoiceLine[], productOf: Map<string, ProductRef>): OrderFactSet {
  const rate = rateToEur(CURRENCY)
  const first = lines[0]
  const orderId = `${IMPORTED_PREFIX}${first.invoice}`
  const lineFacts: OrderLineFactData[] = lines.map((line, index) => {
    const net = mult(line.unit_price, line.quantity)
    const product = productOf.get(line.stock_code)
    return {
      order_id: orderId,
      line_key: `${first.invoice}:${index + 1}`,
      placed_at: first.placed_at,
      product_id: product?.product_id ?? null,
      variant_id: product?.variant_id ?? null,
      sku: product?.sku ?? line.stock_code,
      title: line.description,
      quantity: line.quantity,
      returned_quantity: 0,
      net_amount: net,
      net_amount_base: mult(net, rate),
    }
  })
  const net = sum(lineFacts.map((line) => line.net_amount))
  return {
    fact: {
      order_id: orderId,
      source: "imported",
      display_id: first.invoice,
      customer_key: first.customer ? `${IMPORTED_PREFIX}${first.customer}` : null,
      placed_at: first.placed_at,
      currency_code: CURRENCY,
      region_id: null,
      country_code: null,
      channel: "delivery",
      store_location_id: null,
      pickup_status: null,
      canceled: false,
      units: lineFacts.reduce((units, line) => units + line.quantity, 0),
      returned_units: 0,
      items_net: net,
      discount_total: "0",
      tax_total: "0",
      refunded_net: "0",
      net_revenue: net,
      net_revenue_base: mult(net, rate),
      exchange_rate: rate,
    },
    lines: lineFacts,
    promotions: [],
  }
}
