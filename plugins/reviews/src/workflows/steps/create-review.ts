import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { CheckedPhoto } from "../../lib/photos"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import type { Reviewable } from "./assert-reviewable"

export type CreateReviewStepInput = {
  reviewable: Reviewable
  rating: number
  title: string
  body: string
  photos: CheckedPhoto[]
}

export const createReviewStepId = "create-review"

/** The review (pending moderation) and its photos; compensation deletes both. */
export const createReviewStep = createStep(
  createReviewStepId,
  async ({ reviewable, rating, title, body, photos }: CreateReviewStepInput, { container }) => {
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    let review
    try {
      review = await reviews.createReviews({ ...reviewable, rating, title, body, status: "pending" })
    } catch (error) {
      // Two submissions at once: the unique (product, order) index lets one through.
      if (/unique|duplicate|already exists/i.test(String((error as Error)?.message))) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "You already reviewed this product for this order.")
      }
      throw error
    }
    const created = photos.length ? await reviews.createReviewImages(photos.map((photo) => ({ ...photo, review_id: review.id }))) : []
    const updated = created.length ? await reviews.updateReviews({ id: review.id, photo_ids: created.map((photo) => photo.id) as any }) : review
    return new StepResponse(updated, { review_id: review.id, photo_ids: created.map((photo) => photo.id) })
  },
  async (created, { container }) => {
    if (!created) return
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    if (created.photo_ids.length) await reviews.deleteReviewImages(created.photo_ids)
    await reviews.deleteReviews(created.review_id)
  },
)
