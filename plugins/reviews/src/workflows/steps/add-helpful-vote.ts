import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

export const addHelpfulVoteStepId = "add-helpful-vote"

/** One "helpful" vote on a published review; compensation takes it back. */
export const addHelpfulVoteStep = createStep(
  addHelpfulVoteStepId,
  async ({ review_id }: { review_id: string }, { container }) => {
    const count = await (container.resolve(REVIEW_MODULE) as ReviewModuleService).addHelpfulVote(review_id)
    if (count === null) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${review_id} was not found.`)
    return new StepResponse({ helpful_count: count }, review_id)
  },
  async (reviewId, { container }) => {
    if (!reviewId) return
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const [review] = await reviews.listReviews({ id: reviewId }, { select: ["id", "helpful_count"] })
    if (review) await reviews.updateReviews({ id: reviewId, helpful_count: Math.max(0, review.helpful_count - 1) })
  },
)
