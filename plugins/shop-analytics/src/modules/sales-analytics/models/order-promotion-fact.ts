import { model } from "@medusajs/framework/utils"

/** A promotion used by an order and the discount it gave there (order's currency and EUR). */
export const OrderPromotionFact = model
  .define("sales_order_promotion_fact", {
    id: model.id({ prefix: "sopfact" }).primaryKey(),
    order_id: model.text(),
    promotion_id: model.text(),
    code: model.text().nullable(),
    is_automatic: model.boolean().default(false),
    discount_amount: model.bigNumber(),
    discount_amount_base: model.bigNumber(),
  })
  .indexes([
    { on: ["order_id", "promotion_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["promotion_id"] },
  ])
