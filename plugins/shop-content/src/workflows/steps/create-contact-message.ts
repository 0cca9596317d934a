import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTACT_MESSAGE_MODULE } from "../../modules/contact-message"
import type ContactMessageModuleService from "../../modules/contact-message/service"

export const createContactMessageStepId = "create-contact-message"

export type ContactMessageInput = {
  name: string
  email: string
  topic: "order" | "product" | "returns" | "stores" | "privacy" | "other"
  order_reference?: string | null
  message: string
  customer_id?: string | null
}

export const createContactMessageStep = createStep(
  createContactMessageStepId,
  async (input: ContactMessageInput, { container }) => {
    const messages: ContactMessageModuleService = container.resolve(CONTACT_MESSAGE_MODULE)
    const created = await messages.createContactMessages({ ...input, order_reference: input.order_reference ?? null, customer_id: input.customer_id ?? null })
    return new StepResponse(created, created.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const messages: ContactMessageModuleService = container.resolve(CONTACT_MESSAGE_MODULE)
    await messages.deleteContactMessages(id)
  },
)
