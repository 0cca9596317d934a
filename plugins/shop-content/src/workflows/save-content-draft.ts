import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveContentDraftStep } from "./steps/save-content-draft"

export const saveContentDraftWorkflowId = "save-content-draft"

export const saveContentDraftWorkflow = createWorkflow(saveContentDraftWorkflowId, (input: { slug: string; title: string; body: string }) => {
  return new WorkflowResponse(saveContentDraftStep(input))
})
