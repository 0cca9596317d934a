import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reviewRequestDelayDays } from "../../../../lib/request-delay"
import { sendReviewRequestsWorkflow } from "../../../../workflows/send-review-requests"

/**
 * POST /admin/reviews/request-emails { delay_days?, window_days? }: sends the review
 * requests that are due now, as the hourly job does (with another delay if given).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ delay_days?: number; window_days?: number }>,
  res: MedusaResponse<{ order_ids: string[] }>,
) {
  const { delay_days = reviewRequestDelayDays(), window_days } = req.validatedBody
  const { result } = await sendReviewRequestsWorkflow(req.scope).run({ input: { delay_days, window_days } })
  res.json(result)
}
