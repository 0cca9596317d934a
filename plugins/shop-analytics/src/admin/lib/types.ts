/** The analytics API's answers (mirrors src/lib/overview.ts and kpis.ts: the admin bundle cannot import server code). */
export type Breakdown = { key: string; orders: number; revenue: string; share_of_orders: number | null; share_of_revenue: number | null }
export type KpiSummary = {
  revenue: string
  orders: number
  units: number
  average_basket: string | null
  units_per_order: number | null
  customers: number
  new_customers: number
  returning_customers: number
  new_customer_revenue: string
  returning_customer_revenue: string
  repeat_purchase_rate: number | null
  click_and_collect_share: number | null
  by_channel: Breakdown[]
  by_store: Breakdown[]
  by_region: Breakdown[]
}
export type SeriesPoint = { bucket: string; revenue: string; orders: number; units: number }
export type PeriodKpis = {
  period: { from: string; to: string }
  kpis: KpiSummary
  series: SeriesPoint[]
  conversion: { available: true; rate: number | null; sessions: number } | { available: false; reason: string }
}
export type Overview = PeriodKpis & {
  currency_code: string
  granularity: "day" | "week" | "month"
  comparison: (PeriodKpis & { change: Record<string, number | null> }) | null
}
export type Cohort = { cohort: string; customers: number; retention: (number | null)[] }
export type Cohorts = { months: number; cohorts: Cohort[] }
export type PromotionPerformance = {
  promotion_id: string
  code: string | null
  is_automatic: boolean
  orders: number
  revenue: string
  discount_given: string
  new_customers: number
  average_basket_with: string | null
  average_basket_without: string | null
  status: string | null
  budget: { type: string; used: string; limit: string | null } | null
  limit_reached: boolean
}
export type Promotions = { promotions: PromotionPerformance[] }
export type Range = { first_order_at: string | null; last_order_at: string | null; orders: number; imported_orders: number }
export type PickupKpis = {
  key: string
  name?: string | null
  opened: number
  ready: number
  ready_on_time: number
  on_time_rate: number | null
  collected: number
  expired: number
  not_served: number
  median_minutes_to_ready: number | null
  median_minutes_to_collection: number | null
}
export type Pickups = { available: boolean; total: PickupKpis; by_store: PickupKpis[] }
export type ReturnProduct = { key: string; product_id: string | null; title: string; units: number; returned_units: number; return_rate: number | null }
export type Returns = {
  orders: number
  units: number
  returned_units: number
  return_rate: number | null
  orders_with_return: number
  order_return_rate: number | null
  orders_refunded: number
  refunded: string
  by_product: ReturnProduct[]
}
