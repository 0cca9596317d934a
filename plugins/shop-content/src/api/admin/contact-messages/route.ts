import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONTACT_MESSAGE_MODULE } from "../../../modules/contact-message"
import type ContactMessageModuleService from "../../../modules/contact-message/service"

/** The latest contact-form messages, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const messages: ContactMessageModuleService = req.scope.resolve(CONTACT_MESSAGE_MODULE)
  const [contact_messages, count] = await messages.listAndCountContactMessages({}, { order: { created_at: "DESC" }, take: 100 })
  res.json({ contact_messages, count })
}
