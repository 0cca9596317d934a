import type { OrderFactSet } from "../../lib/order-fact"
import type SalesAnalyticsModuleService from "./service"

const text = (value: unknown) => (value === null || value === undefined ? "0" : String((value as { toString(): string }).toString()))

/** The facts the read model holds for some orders, as fact sets (to put them back on compensation). */
export async function factSetsOf(service: SalesAnalyticsModuleService, orderIds: string[]): Promise<OrderFactSet[]> {
  if (orderIds.length === 0) return []
  const [facts, lines, promotions] = await Promise.all([
    service.listOrderFacts({ order_id: orderIds }),
    service.listOrderLineFacts({ order_id: orderIds }),
    service.listOrderPromotionFacts({ order_id: orderIds }),
  ])
  return facts.map((fact) => ({
    fact: {
      order_id: fact.order_id,
      source: fact.source,
      display_id: fact.display_id,
      customer_key: fact.customer_key,
      placed_at: new Date(fact.placed_at),
      currency_code: fact.currency_code,
      region_id: fact.region_id,
      country_code: fact.country_code,
      channel: fact.channel,
      store_location_id: fact.store_location_id,
      pickup_status: fact.pickup_status,
      canceled: fact.canceled,
      units: fact.units,
      returned_units: fact.returned_units,
      items_net: text(fact.items_net),
      discount_total: text(fact.discount_total),
      tax_total: text(fact.tax_total),
      refunded_net: text(fact.refunded_net),
      net_revenue: text(fact.net_revenue),
      net_revenue_base: text(fact.net_revenue_base),
      exchange_rate: text(fact.exchange_rate),
    },
    lines: lines
      .filter((line) => line.order_id === fact.order_id)
      .map((line) => ({
        order_id: line.order_id,
        line_key: line.line_key,
        placed_at: new Date(line.placed_at),
        product_id: line.product_id,
        variant_id: line.variant_id,
        sku: line.sku,
        title: line.title,
        quantity: line.quantity,
        returned_quantity: line.returned_quantity,
        net_amount: text(line.net_amount),
        net_amount_base: text(line.net_amount_base),
      })),
    promotions: promotions
      .filter((use) => use.order_id === fact.order_id)
      .map((use) => ({
        order_id: use.order_id,
        promotion_id: use.promotion_id,
        code: use.code,
        is_automatic: use.is_automatic,
        discount_amount: text(use.discount_amount),
        discount_amount_base: text(use.discount_amount_base),
      })),
  }))
}
