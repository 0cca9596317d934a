import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildReturnBookedEmailStep } from "./steps/build-return-booked-email"

export const sendReturnBookedWorkflowId = "send-return-booked"

/** E-mails the shopper their return code and what to do next. */
export const sendReturnBookedWorkflow = createWorkflow(sendReturnBookedWorkflowId, (input: { store_return_id: string }) => {
  const notifications = buildReturnBookedEmailStep({ store_return_id: input.store_return_id })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
