import { model } from "@medusajs/framework/utils"

/** A message sent with the shop's contact form; also e-mailed to the shop's inbox. */
export const ContactMessage = model.define("contact_message", {
  id: model.id({ prefix: "cmsg" }).primaryKey(),
  name: model.text(),
  email: model.text().searchable(),
  topic: model.enum(["order", "product", "returns", "stores", "privacy", "other"]).default("other"),
  order_reference: model.text().nullable(),
  message: model.text(),
  // The customer who was signed in when sending it, if any.
  customer_id: model.text().nullable(),
})
