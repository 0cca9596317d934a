import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTACT_TEMPLATE, shopInbox } from "../../lib/shop-inbox"

export const buildContactEmailStepId = "build-contact-email"

type Message = { id: string; name: string; email: string; topic: string; order_reference: string | null; message: string }

/** The e-mail to the shop's inbox for one contact message. Building has no side effect. */
export const buildContactEmailStep = createStep(buildContactEmailStepId, async (message: Message) => {
  return new StepResponse([
    {
      to: shopInbox(),
      channel: "email",
      template: CONTACT_TEMPLATE,
      trigger_type: "contact_message.created",
      resource_id: message.id,
      resource_type: "contact_message",
      idempotency_key: `contact-message:${message.id}`,
      data: {
        contact_message_id: message.id,
        name: message.name,
        email: message.email,
        topic: message.topic,
        order_reference: message.order_reference,
        message: message.message,
      },
    },
  ])
})
