import { model } from "@medusajs/framework/utils"
import { REVIEW_STATUSES } from "../statuses"

/**
 * A verified review: written by whoever received or collected `product_id` in
 * `order_id` (the signed link of the review request e-mail proves it), once per
 * product and order. `body` is plain text, shown escaped; photos are review_image rows.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    /** The public name: first name and initial of the order's address (never the e-mail). */
    author_name: model.text(),
    rating: model.number(),
    title: model.text(),
    body: model.text(),
    /** Ids of its photos (review_image), in the author's order. */
    photo_ids: model.json().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    /** Why it was rejected or flagged (for the shop; the author is not shown it). */
    moderation_reason: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    /** When the product was delivered or collected: the purchase that makes the review verified. */
    received_at: model.dateTime(),
    received_by: model.enum(["delivery", "collection"]),
    reply_body: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    helpful_count: model.number().default(0),
    report_count: model.number().default(0),
  })
  .indexes([
    { on: ["product_id", "order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status"] },
    { on: ["status"] },
  ])
  .checks([{ name: "review_rating_range", expression: (columns) => `${columns.rating} >= 1 AND ${columns.rating} <= 5` }])
