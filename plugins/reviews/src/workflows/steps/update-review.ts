import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { ACTION_TO_STATUS, MODERATION_FROM, type ModerationAction } from "../../modules/review/statuses"

export type UpdateReviewStepInput =
  | { id: string; kind: "moderate"; action: ModerationAction; reason?: string | null }
  | { id: string; kind: "reply"; body: string }

export const updateReviewStepId = "update-review"

const FIELDS = ["id", "status", "moderation_reason", "moderated_at", "reply_body", "replied_at"] as const

/**
 * A moderation decision (approve, reject with reason, flag) or the producer's public
 * reply. Refuses an action its current status does not allow; compensation puts the
 * previous values back.
 */
export const updateReviewStep = createStep(
  updateReviewStepId,
  async (input: UpdateReviewStepInput, { container }) => {
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const [review] = await reviews.listReviews({ id: input.id }, { select: [...FIELDS] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${input.id} was not found.`)
    const previous = Object.fromEntries(FIELDS.map((field) => [field, (review as any)[field]])) as any
    let update: Record<string, unknown>
    if (input.kind === "moderate") {
      const allowed: readonly string[] = MODERATION_FROM[input.action]
      if (!allowed.includes(review.status)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Cannot ${input.action} a review that is ${review.status}; this needs a review that is ${allowed.join(" or ")}.`,
        )
      }
      update = { status: ACTION_TO_STATUS[input.action], moderation_reason: input.reason ?? null, moderated_at: new Date() }
    } else {
      update = { reply_body: input.body, replied_at: review.replied_at ?? new Date() }
    }
    const updated = await reviews.updateReviews({ id: input.id, ...update })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await (container.resolve(REVIEW_MODULE) as ReviewModuleService).updateReviews(previous)
  },
)
