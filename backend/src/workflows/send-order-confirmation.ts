import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildOrderConfirmationEmailStep } from "./steps/build-order-confirmation-email"

export const sendOrderConfirmationWorkflowId = "send-order-confirmation"

/** On `order.placed`: the confirmation e-mail (delivery or collection), once per order. */
export const sendOrderConfirmationWorkflow = createWorkflow(sendOrderConfirmationWorkflowId, (input: { order_id: string }) => {
  const notifications = buildOrderConfirmationEmailStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
