import { model } from "@medusajs/framework/utils"

/** The review request e-mail of one order: at most one per order, so the job never sends it twice. */
export const ReviewRequest = model
  .define("review_request", {
    id: model.id({ prefix: "revreq" }).primaryKey(),
    order_id: model.text(),
    email: model.text(),
    received_at: model.dateTime(),
    sent_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
