import { model } from "@medusajs/framework/utils"

/**
 * One first-party signal: a purchase (from placed orders), an add-to-cart or a
 * product view (from the storefront, only with the shopper's consent).
 * Anonymous visitors are keyed by `anonymous_id` until they sign in; then
 * their signals get the customer's id. `created_at` is when it happened.
 */
export const RecommendationSignal = model
  .define("recommendation_signal", {
    id: model.id({ prefix: "recsig" }).primaryKey(),
    type: model.enum(["purchase", "add_to_cart", "view"]),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    anonymous_id: model.text().nullable(),
    /** The order a purchase belongs to: lines of one order are one purchase occasion. */
    basket_id: model.text().nullable(),
    /** A keyed digest of the sender's address (never the address): the per-address hourly cap counts by it. */
    client_key: model.text().nullable(),
  })
  // updated_at: scheduled training reads what changed since its last run.
  .indexes([{ on: ["customer_id"] }, { on: ["anonymous_id"] }, { on: ["created_at"] }, { on: ["updated_at"] }, { on: ["client_key", "created_at"] }])
