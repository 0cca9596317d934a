import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

export const reportReviewStepId = "report-review"

/** A shopper's report of a published review, counted on it for the moderation queue; compensation removes it. */
export const reportReviewStep = createStep(
  reportReviewStepId,
  async ({ review_id, reason }: { review_id: string; reason: string }, { container }) => {
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const [review] = await reviews.listReviews({ id: review_id, status: "approved" }, { select: ["id", "report_count"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${review_id} was not found.`)
    const report = await reviews.createReviewReports({ review_id, reason })
    await reviews.updateReviews({ id: review_id, report_count: review.report_count + 1 })
    return new StepResponse({ id: report.id }, { report_id: report.id, review_id, report_count: review.report_count })
  },
  async (created, { container }) => {
    if (!created) return
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    await reviews.deleteReviewReports(created.report_id)
    await reviews.updateReviews({ id: created.review_id, report_count: created.report_count })
  },
)
