/**
 * An order as the read model stores it, computed whole from Medusa's order
 * (never from event deltas): the same order gives the same fact however many
 * times its events arrive. Pure, so the formulas are tested without a database.
 */
import { MathBN } from "@medusajs/framework/utils"
import type { SalesChannel } from "../modules/sales-analytics/channels"
import { type Amount, mult, sub, sum, ZERO } from "./money"
import { rateToEur } from "./rates"

type Num = unknown
type Adjustment = { promotion_id?: string | null; code?: string | null; amount?: Num } | null

export type LoadedOrder = {
  id: string
  display_id?: number | string | null
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  email?: string | null
  created_at: Date | string
  status?: string | null
  canceled_at?: Date | string | null
  metadata?: Record<string, unknown> | null
  total?: Num
  tax_total?: Num
  discount_total?: Num
  shipping_address?: { country_code?: string | null } | null
  items?: ({
    id: string
    product_id?: string | null
    variant_id?: string | null
    variant_sku?: string | null
    title?: string | null
    quantity?: Num
    total?: Num
    tax_total?: Num
    detail?: { quantity?: Num; return_received_quantity?: Num } | null
    adjustments?: Adjustment[] | null
  } | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null; adjustments?: Adjustment[] | null } | null)[] | null
  payment_collections?: ({ payments?: ({ refunds?: ({ amount?: Num } | null)[] | null } | null)[] | null } | null)[] | null
}

/** Where the order's channel comes from, looked up beside the order (pickup fulfillment set, pickup status). */
export type ChannelContext = { pickup_location_id: string | null; pickup_status: string | null }
export type PromotionInfo = { id: string; code: string | null; is_automatic: boolean }

export type OrderFactData = {
  order_id: string
  source: "live" | "imported"
  display_id: string | null
  customer_key: string | null
  placed_at: Date
  currency_code: string
  region_id: string | null
  country_code: string | null
  channel: SalesChannel
  store_location_id: string | null
  pickup_status: string | null
  canceled: boolean
  units: number
  returned_units: number
  items_net: Amount
  discount_total: Amount
  tax_total: Amount
  refunded_net: Amount
  net_revenue: Amount
  net_revenue_base: Amount
  exchange_rate: Amount
}
export type OrderLineFactData = {
  order_id: string
  line_key: string
  placed_at: Date
  product_id: string | null
  variant_id: string | null
  sku: string | null
  title: string
  quantity: number
  returned_quantity: number
  net_amount: Amount
  net_amount_base: Amount
}
export type OrderPromotionFactData = {
  order_id: string
  promotion_id: string
  code: string | null
  is_automatic: boolean
  discount_amount: Amount
  discount_amount_base: Amount
}
export type OrderFactSet = { fact: OrderFactData; lines: OrderLineFactData[]; promotions: OrderPromotionFactData[] }

const amount = (value: Num): Amount => (value === null || value === undefined ? ZERO : MathBN.convert(value as number).toString())
const count = (value: Num) => Number(amount(value))

/** delivery, click_and_collect at the pickup store, or a store sale (`metadata.channel = "store"` + location). */
export function channelOf(order: LoadedOrder, context: ChannelContext): { channel: SalesChannel; store_location_id: string | null } {
  const metadata = order.metadata ?? {}
  if (metadata.channel === "store") {
    const location = metadata.location_id ?? metadata.store_location_id
    return { channel: "store_sale", store_location_id: typeof location === "string" ? location : null }
  }
  if (context.pickup_location_id) return { channel: "click_and_collect", store_location_id: context.pickup_location_id }
  return { channel: "delivery", store_location_id: null }
}

/**
 * Net revenue = Σ lines (total − tax) − refunds without their tax share,
 * where the tax share of a refund is the order's (tax_total ÷ total).
 */
export function toOrderFactSet(order: LoadedOrder, context: ChannelContext, promotions: Map<string, PromotionInfo>): OrderFactSet {
  const rate = rateToEur(order.currency_code)
  const placedAt = new Date(order.created_at)
  const items = (order.items ?? []).filter((item): item is NonNullable<typeof item> => item !== null)
  const lines: OrderLineFactData[] = items.map((item) => {
    const net = sub(amount(item.total), amount(item.tax_total))
    return {
      order_id: order.id,
      line_key: item.id,
      placed_at: placedAt,
      product_id: item.product_id ?? null,
      variant_id: item.variant_id ?? null,
      sku: item.variant_sku ?? null,
      title: item.title ?? "",
      quantity: count(item.detail?.quantity ?? item.quantity),
      returned_quantity: count(item.detail?.return_received_quantity),
      net_amount: net,
      net_amount_base: mult(net, rate),
    }
  })
  const itemsNet = sum(lines.map((line) => line.net_amount))
  const refunded = sum(
    (order.payment_collections ?? []).flatMap((collection) =>
      (collection?.payments ?? []).flatMap((payment) => (payment?.refunds ?? []).map((refund) => amount(refund?.amount))),
    ),
  )
  const total = amount(order.total)
  const taxTotal = amount(order.tax_total)
  const refundedNet = MathBN.eq(total, 0) ? refunded : MathBN.convert(MathBN.div(MathBN.mult(refunded, sub(total, taxTotal)), total)).decimalPlaces(4, 4).toString()
  const netRevenue = MathBN.convert(MathBN.max(MathBN.sub(itemsNet, refundedNet), 0)).toString()
  const { channel, store_location_id } = channelOf(order, context)

  const discountByPromotion = new Map<string, Amount>()
  const adjustments = [
    ...items.flatMap((item) => item.adjustments ?? []),
    ...(order.shipping_methods ?? []).flatMap((method) => method?.adjustments ?? []),
  ]
  for (const adjustment of adjustments) {
    if (!adjustment?.promotion_id) continue
    discountByPromotion.set(adjustment.promotion_id, sum([discountByPromotion.get(adjustment.promotion_id) ?? ZERO, amount(adjustment.amount)]))
  }
  const promotionFacts: OrderPromotionFactData[] = [...discountByPromotion.entries()].map(([promotionId, discount]) => {
    const info = promotions.get(promotionId)
    const code = info?.code ?? adjustments.find((adjustment) => adjustment?.promotion_id === promotionId)?.code ?? null
    return {
      order_id: order.id,
      promotion_id: promotionId,
      code,
      is_automatic: info?.is_automatic ?? false,
      discount_amount: discount,
      discount_amount_base: mult(discount, rate),
    }
  })

  return {
    fact: {
      order_id: order.id,
      source: "live",
      display_id: order.display_id === null || order.display_id === undefined ? null : String(order.display_id),
      customer_key: order.customer_id ?? (order.email ? order.email.toLowerCase() : null),
      placed_at: placedAt,
      currency_code: order.currency_code.toLowerCase(),
      region_id: order.region_id ?? null,
      country_code: order.shipping_address?.country_code ?? null,
      channel,
      store_location_id,
      pickup_status: context.pickup_status,
      canceled: order.status === "canceled" || Boolean(order.canceled_at),
      units: lines.reduce((units, line) => units + line.quantity, 0),
      returned_units: lines.reduce((units, line) => units + line.returned_quantity, 0),
      items_net: itemsNet,
      discount_total: amount(order.discount_total),
      tax_total: taxTotal,
      refunded_net: refundedNet,
      net_revenue: netRevenue,
      net_revenue_base: mult(netRevenue, rate),
      exchange_rate: rate,
    },
    lines,
    promotions: promotionFacts,
  }
}
