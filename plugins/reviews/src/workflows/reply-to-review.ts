import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateReviewStep } from "./steps/update-review"

export type ReplyToReviewWorkflowInput = { id: string; body: string }

export const replyToReviewWorkflowId = "reply-to-review"

/** The producer's public reply, shown under the review (editing keeps the first reply time). */
export const replyToReviewWorkflow = createWorkflow(replyToReviewWorkflowId, (input: ReplyToReviewWorkflowInput) => {
  const review = updateReviewStep(transform({ input }, ({ input }) => ({ id: input.id, kind: "reply" as const, body: input.body })))
  return new WorkflowResponse(review)
})
