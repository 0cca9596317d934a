import { model } from "@medusajs/framework/utils"

/** A shopper's report of a review (abuse, off topic, …), for the moderation queue. */
export const ReviewReport = model.define("review_report", {
  id: model.id({ prefix: "revrep" }).primaryKey(),
  review_id: model.text().index("IDX_review_report_review_id"),
  reason: model.text(),
})
