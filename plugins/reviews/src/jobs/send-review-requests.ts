import type { MedusaContainer } from "@medusajs/framework/types"
import { reviewRequestDelayDays } from "../lib/request-delay"
import { sendReviewRequestsWorkflow } from "../workflows/send-review-requests"

/** Hourly: the review request e-mail for orders delivered or collected N days ago. */
export default async function sendReviewRequests(container: MedusaContainer) {
  await sendReviewRequestsWorkflow(container).run({ input: { delay_days: reviewRequestDelayDays() } })
}

export const config = { name: "send-review-requests", schedule: "41 * * * *" }
