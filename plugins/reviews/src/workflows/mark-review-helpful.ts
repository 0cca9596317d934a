import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addHelpfulVoteStep } from "./steps/add-helpful-vote"

export const markReviewHelpfulWorkflowId = "mark-review-helpful"

/** "Was this review helpful? Yes": what the "most helpful" order sorts by. */
export const markReviewHelpfulWorkflow = createWorkflow(markReviewHelpfulWorkflowId, (input: { review_id: string }) => {
  return new WorkflowResponse(addHelpfulVoteStep(input))
})
