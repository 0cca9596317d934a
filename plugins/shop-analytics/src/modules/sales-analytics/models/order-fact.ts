import { model } from "@medusajs/framework/utils"
import { SALES_CHANNELS } from "../channels"

/**
 * One order as analytics sees it, recomputed whole from Medusa's order on
 * every event (never by adding deltas), so a replayed event changes nothing.
 * Amounts are in the order's currency, net of tax, discounts and refunds;
 * `*_base` are the same converted to EUR with the rate table (lib/rates.ts).
 */
export const OrderFact = model
  .define("sales_order_fact", {
    id: model.id({ prefix: "sofact" }).primaryKey(),
    /** Medusa order id, or `imported:<invoice>` for demo history. */
    order_id: model.text(),
    source: model.enum(["live", "imported"]).default("live"),
    display_id: model.text().nullable(),
    /** Customer id, else the e-mail (guests), else null: who repeat-purchase and cohorts follow. */
    customer_key: model.text().nullable(),
    placed_at: model.dateTime(),
    currency_code: model.text(),
    region_id: model.text().nullable(),
    country_code: model.text().nullable(),
    channel: model.enum([...SALES_CHANNELS]),
    /** The store (stock location) of a click-and-collect order or a store sale. */
    store_location_id: model.text().nullable(),
    pickup_status: model.text().nullable(),
    canceled: model.boolean().default(false),
    units: model.number().default(0),
    returned_units: model.number().default(0),
    /** Items after discounts, tax excluded. */
    items_net: model.bigNumber(),
    discount_total: model.bigNumber(),
    tax_total: model.bigNumber(),
    /** Refunds with their tax share removed. */
    refunded_net: model.bigNumber(),
    net_revenue: model.bigNumber(),
    net_revenue_base: model.bigNumber(),
    exchange_rate: model.bigNumber(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["placed_at"] },
    { on: ["customer_key", "placed_at"] },
  ])
