import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_REASONS } from "../lib/return-reasons"
import { createMissingReturnReasonsStep } from "./steps/create-missing-return-reasons"

export const ensureReturnReasonsWorkflowId = "ensure-return-reasons"

/** Creates the shop's return reasons that are missing; safe to run again. */
export const ensureReturnReasonsWorkflow = createWorkflow(ensureReturnReasonsWorkflowId, () => {
  return new WorkflowResponse(createMissingReturnReasonsStep(RETURN_REASONS.map((reason) => ({ ...reason }))))
})
