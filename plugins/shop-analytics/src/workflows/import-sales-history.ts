import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFactSet } from "../lib/order-fact"
import { replaceOrderFactsStep } from "./steps/replace-order-facts"

export const importSalesHistoryWorkflowId = "import-sales-history"

/** Writes a batch of imported (historical) orders into the read model; importing the same batch again changes nothing. */
export const importSalesHistoryWorkflow = createWorkflow(importSalesHistoryWorkflowId, (input: { sets: OrderFactSet[] }) => {
  return new WorkflowResponse(replaceOrderFactsStep({ sets: input.sets }))
})
