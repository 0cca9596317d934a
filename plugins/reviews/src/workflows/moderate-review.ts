import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ModerationAction } from "../modules/review/statuses"
import { updateReviewStep } from "./steps/update-review"

export type ModerateReviewWorkflowInput = { id: string; action: ModerationAction; reason?: string | null }

export const moderateReviewWorkflowId = "moderate-review"

/** Approve (publish), reject with a reason, or flag (hide for a second look). */
export const moderateReviewWorkflow = createWorkflow(moderateReviewWorkflowId, (input: ModerateReviewWorkflowInput) => {
  const review = updateReviewStep(transform({ input }, ({ input }) => ({ id: input.id, kind: "moderate" as const, action: input.action, reason: input.reason })))
  return new WorkflowResponse(review)
})
