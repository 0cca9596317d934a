import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSignalsStep } from "./steps/create-signals"
import { loadOrderPurchasesStep } from "./steps/load-order-purchases"

/** A placed order's products become purchase signals of its customer. */
export const recordOrderPurchasesWorkflow = createWorkflow("record-order-purchases", (input: { order_id: string }) => {
  const signals = loadOrderPurchasesStep(input)
  return new WorkflowResponse(createSignalsStep(signals))
})
