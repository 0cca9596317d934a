import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listOrdersDueReviewRequestStep } from "./steps/list-orders-due-review-request"
import { sendReviewRequestsStep } from "./steps/send-review-requests"

export type SendReviewRequestsWorkflowInput = {
  /** Days after delivery or collection (REVIEW_REQUEST_DELAY_DAYS, 7). */
  delay_days: number
  /** Orders received longer ago than delay + window are left alone (30). */
  window_days?: number
  /** ISO time to count from (now). */
  now?: string
}

export const sendReviewRequestsWorkflowId = "send-review-requests"

/** E-mails the review request, with its one-click signed link, N days after delivery or collection. */
export const sendReviewRequestsWorkflow = createWorkflow(sendReviewRequestsWorkflowId, (input: SendReviewRequestsWorkflowInput) => {
  const orderIds = listOrdersDueReviewRequestStep(
    transform({ input }, ({ input }) => ({
      delay_days: input.delay_days,
      window_days: input.window_days ?? 30,
      now: input.now ?? new Date().toISOString(),
    })),
  )
  const sent = sendReviewRequestsStep(transform({ orderIds }, ({ orderIds }) => ({ order_ids: orderIds })))
  return new WorkflowResponse({ order_ids: sent })
})
