import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildContactEmailStep } from "./steps/build-contact-email"
import { createContactMessageStep, type ContactMessageInput } from "./steps/create-contact-message"

export const createContactMessageWorkflowId = "create-contact-message"

/** Stores a contact-form message, then e-mails it to the shop's inbox. */
export const createContactMessageWorkflow = createWorkflow(createContactMessageWorkflowId, (input: ContactMessageInput) => {
  const message = createContactMessageStep(input)
  const emails = buildContactEmailStep(message)
  sendNotificationsStep(emails)
  return new WorkflowResponse(message)
})
