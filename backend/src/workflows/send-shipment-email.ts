import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildShipmentEmailStep } from "./steps/build-shipment-email"

export const sendShipmentEmailWorkflowId = "send-shipment-email"

/** On `shipment.created`: "your order is on its way", with its tracking numbers. */
export const sendShipmentEmailWorkflow = createWorkflow(sendShipmentEmailWorkflowId, (input: { fulfillment_id: string }) => {
  const notifications = buildShipmentEmailStep(input)
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
