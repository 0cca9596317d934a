import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildRefundEmailStep } from "./steps/build-refund-email"

export const sendRefundEmailWorkflowId = "send-refund-email"

/** On `payment.refunded` (refunds made through Medusa's refund workflow): "we refunded …". */
export const sendRefundEmailWorkflow = createWorkflow(sendRefundEmailWorkflowId, (input: { payment_id: string }) => {
  const notifications = buildRefundEmailStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
