import { model } from "@medusajs/framework/utils"

/**
 * The shop's return rules, as data the back office can change without a release.
 * One row is used (the oldest); without any row the defaults below apply.
 */
export const ReturnPolicy = model.define("return_policy", {
  id: model.id({ prefix: "retpol" }).primaryKey(),
  // Days a shopper has, counted from delivery or collection (order date when neither is known).
  window_days: model.number().default(30),
  // Products carrying this tag value cannot be returned (e.g. personalised or hygiene items).
  non_returnable_tag: model.text().default("non-returnable"),
  non_returnable_product_ids: model.json().default({ ids: [] }),
  // Condition rule: a damaged item is refunded only when the shop is at fault (these reasons);
  // otherwise it is taken back and written off without a refund.
  damaged_refund_reason_codes: model.json().default({ codes: ["damaged_in_transit", "not_as_pictured", "wrong_size_colour"] }),
})
