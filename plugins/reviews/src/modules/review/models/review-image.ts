import { model } from "@medusajs/framework/utils"

/**
 * A photo of a review, kept in the database (base64) and served by
 * GET /store/review-photos/:id: at most 3 per review, 2 MB each, JPEG, PNG or
 * WebP by their first bytes (never by the name or the declared type).
 */
export const ReviewImage = model.define("review_image", {
  id: model.id({ prefix: "revpic" }).primaryKey(),
  review_id: model.text().index("IDX_review_image_review_id"),
  mime_type: model.enum(["image/jpeg", "image/png", "image/webp"]),
  size: model.number(),
  data: model.text(),
})
