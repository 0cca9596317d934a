import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reportReviewStep } from "./steps/report-review"

export type ReportReviewWorkflowInput = { review_id: string; reason: string }

export const reportReviewWorkflowId = "report-review"

/** A shopper reports a published review: it stays up until a moderator looks (the queue shows reported ones). */
export const reportReviewWorkflow = createWorkflow(reportReviewWorkflowId, (input: ReportReviewWorkflowInput) => {
  return new WorkflowResponse(reportReviewStep(input))
})
