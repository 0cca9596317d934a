/** Return KPIs of a period (README "KPIs"): return rates in units, orders with a return, refunded amount. */
import { ratio, toCents } from "./money"

export type ReturnTotalsRow = { orders: number; units: number; returned_units: number; orders_with_return: number; orders_refunded: number; refunded_base: string }
export type ReturnProductRow = { key: string; product_id: string | null; title: string; units: number; returned_units: number }

export type ReturnKpis = {
  orders: number
  units: number
  returned_units: number
  /** returned units ÷ units sold */
  return_rate: number | null
  orders_with_return: number
  /** orders with a return ÷ orders */
  order_return_rate: number | null
  orders_refunded: number
  /** Σ refunds without their tax share, in EUR (each order's own rate) */
  refunded: string
  by_product: (ReturnProductRow & { return_rate: number | null })[]
}

export function returnKpis(totals: ReturnTotalsRow, products: ReturnProductRow[]): ReturnKpis {
  return {
    orders: totals.orders,
    units: totals.units,
    returned_units: totals.returned_units,
    return_rate: ratio(totals.returned_units, totals.units),
    orders_with_return: totals.orders_with_return,
    order_return_rate: ratio(totals.orders_with_return, totals.orders),
    orders_refunded: totals.orders_refunded,
    refunded: toCents(totals.refunded_base),
    by_product: products.map((row) => ({ ...row, return_rate: ratio(row.returned_units, row.units) })),
  }
}
