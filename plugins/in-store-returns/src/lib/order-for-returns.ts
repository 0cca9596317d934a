import type { BigNumberInput } from "@medusajs/framework/types"

/** The order fields every return decision reads; `ORDER_FOR_RETURNS_FIELDS` asks Query for them. */
export const ORDER_FOR_RETURNS_FIELDS = [
  "id",
  "display_id",
  "email",
  "customer_id",
  "region_id",
  "status",
  "created_at",
  "canceled_at",
  "currency_code",
  // Query computes line totals only when the order's total is asked for and the items'
  // prices, adjustments and tax lines come along.
  "total",
  "items.*",
  "items.adjustments.*",
  "items.tax_lines.*",
  "items.detail.*",
  "items.fulfilled_total",
  "items.raw_fulfilled_total",
  "items.product.tags.value",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

export type OrderItemForReturns = {
  id: string
  title: string
  variant_title?: string | null
  product_id?: string | null
  product_title?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  unit_price?: BigNumberInput
  raw_unit_price?: BigNumberInput
  thumbnail?: string | null
  quantity: BigNumberInput
  raw_quantity?: BigNumberInput
  detail?: {
    fulfilled_quantity?: BigNumberInput
    return_requested_quantity?: BigNumberInput
    return_received_quantity?: BigNumberInput
    return_dismissed_quantity?: BigNumberInput
  }
  fulfilled_total?: BigNumberInput
  raw_fulfilled_total?: BigNumberInput
  product?: { tags?: { value: string }[] | null } | null
}

export type OrderForReturns = {
  id: string
  display_id: number
  email: string | null
  customer_id: string | null
  region_id?: string | null
  status: string
  created_at: string | Date
  canceled_at?: string | Date | null
  currency_code: string
  items: OrderItemForReturns[]
  fulfillments?: { delivered_at?: string | Date | null; canceled_at?: string | Date | null }[] | null
}
