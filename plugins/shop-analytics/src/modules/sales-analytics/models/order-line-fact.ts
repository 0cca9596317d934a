import { model } from "@medusajs/framework/utils"

/** One line of an order fact (replaced with the order's fact each time it is recomputed). */
export const OrderLineFact = model
  .define("sales_order_line_fact", {
    id: model.id({ prefix: "solfact" }).primaryKey(),
    order_id: model.text(),
    /** The Medusa line item id, or `<invoice>:<n>` for imported history. */
    line_key: model.text(),
    placed_at: model.dateTime(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    sku: model.text().nullable(),
    title: model.text(),
    quantity: model.number(),
    returned_quantity: model.number().default(0),
    /** After discounts, tax excluded, in the order's currency / in EUR. */
    net_amount: model.bigNumber(),
    net_amount_base: model.bigNumber(),
  })
  .indexes([
    { on: ["order_id", "line_key"], unique: true, where: "deleted_at IS NULL" },
    { on: ["placed_at"] },
    { on: ["product_id"] },
  ])
