import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CheckedPhoto } from "../lib/photos"
import { assertReviewableStep } from "./steps/assert-reviewable"
import { createReviewStep } from "./steps/create-review"

export type CreateReviewWorkflowInput = {
  order_id: string
  product_id: string
  rating: number
  title: string
  body: string
  photos: CheckedPhoto[]
}

export const createReviewWorkflowId = "create-review"

/** A verified review, pending moderation: refused (nothing stored) unless the product was received. */
export const createReviewWorkflow = createWorkflow(createReviewWorkflowId, (input: CreateReviewWorkflowInput) => {
  const reviewable = assertReviewableStep(transform({ input }, ({ input }) => ({ order_id: input.order_id, product_id: input.product_id })))
  const review = createReviewStep(
    transform({ input, reviewable }, ({ input, reviewable }) => ({
      reviewable,
      rating: input.rating,
      title: input.title,
      body: input.body,
      photos: input.photos,
    })),
  )
  return new WorkflowResponse(review)
})
