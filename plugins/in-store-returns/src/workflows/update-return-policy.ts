import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertReturnPolicyStep, type ReturnPolicyChanges } from "./steps/upsert-return-policy"

export const updateReturnPolicyWorkflowId = "update-return-policy"

export const updateReturnPolicyWorkflow = createWorkflow(updateReturnPolicyWorkflowId, (input: ReturnPolicyChanges) => {
  return new WorkflowResponse(upsertReturnPolicyStep(input))
})
