import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSignalsStep, type NewSignal } from "./steps/create-signals"

/** Stores storefront signals (views, add-to-carts) the shopper consented to. */
export const recordSignalsWorkflow = createWorkflow("record-recommendation-signals", (input: { signals: NewSignal[] }) => {
  return new WorkflowResponse(createSignalsStep(input.signals))
})
