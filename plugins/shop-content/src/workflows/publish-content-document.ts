import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { publishContentDocumentStep } from "./steps/publish-content-document"

export const publishContentDocumentWorkflowId = "publish-content-document"

export const publishContentDocumentWorkflow = createWorkflow(publishContentDocumentWorkflowId, (input: { slug: string }) => {
  return new WorkflowResponse(publishContentDocumentStep(input))
})
