import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderFactsStep } from "./steps/load-order-facts"
import { replaceOrderFactsStep } from "./steps/replace-order-facts"

export type RecordOrderFactsInput = { order_ids: string[] }

export const recordOrderFactsWorkflowId = "record-order-facts"

/**
 * Recomputes the orders' facts from Medusa's orders and replaces them in the
 * read model: running it twice for one event writes the same fact twice, so a
 * replayed or duplicated event counts once.
 */
export const recordOrderFactsWorkflow = createWorkflow(recordOrderFactsWorkflowId, (input: RecordOrderFactsInput) => {
  const sets = loadOrderFactsStep({ order_ids: input.order_ids })
  const written = replaceOrderFactsStep({ sets })
  return new WorkflowResponse(written)
})
