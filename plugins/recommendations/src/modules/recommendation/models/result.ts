import { model } from "@medusajs/framework/utils"

/**
 * A precomputed list for one (placement, key): key is a product id for
 * "product", a customer id for "home" and "account", "*" for shoppers we
 * don't know. Written by the training workflow, read by the store route.
 */
export const RecommendationResult = model
  .define("recommendation_result", {
    id: model.id({ prefix: "recres" }).primaryKey(),
    placement: model.text(),
    key: model.text(),
    /** [{ product_id, score }], best first. */
    items: model.json(),
  })
  .indexes([{ on: ["placement", "key"], unique: true }])
