import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { reopenCartStep } from "./steps/reopen-cart"

export const releaseUnpaidOrderWorkflowId = "release-unpaid-order"

/**
 * An order whose payment was never authorised is not an order: it is canceled (Medusa's
 * `cancelOrderWorkflow`: its reservations are deleted, so the stock is free again), after
 * its cart is reopened with its payment collection, so the shopper can pay again and
 * place it anew.
 */
export const releaseUnpaidOrderWorkflow = createWorkflow(releaseUnpaidOrderWorkflowId, (input: { order_id: string; cart_id: string }) => {
  reopenCartStep({ cart_id: input.cart_id, order_id: input.order_id })
  cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
  return new WorkflowResponse({ order_id: input.order_id, cart_id: input.cart_id })
})
