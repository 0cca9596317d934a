import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOrderOfPaymentStep } from "./steps/find-order-of-payment"
import { loadOrderFactsStep } from "./steps/load-order-facts"
import { replaceOrderFactsStep } from "./steps/replace-order-facts"

export const recordPaymentOrderFactsWorkflowId = "record-payment-order-facts"

/** A payment was captured or refunded: the fact of its order is recomputed (refunds are read from the order). */
export const recordPaymentOrderFactsWorkflow = createWorkflow(recordPaymentOrderFactsWorkflowId, (input: { payment_id: string }) => {
  const orderIds = findOrderOfPaymentStep({ payment_id: input.payment_id })
  const sets = loadOrderFactsStep({ order_ids: orderIds })
  return new WorkflowResponse(replaceOrderFactsStep({ sets }))
})
