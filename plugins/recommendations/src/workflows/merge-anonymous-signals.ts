import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { mergeAnonymousSignalsStep } from "./steps/merge-anonymous-signals"

export const mergeAnonymousSignalsWorkflow = createWorkflow(
  "merge-anonymous-recommendation-signals",
  (input: { anonymous_id: string; customer_id: string }) => new WorkflowResponse(mergeAnonymousSignalsStep(input)),
)
