import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit, type RateLimitRule } from "./rate-limit"

const MINUTE = 60_000

/**
 * The reviews plugin's shopper actions, per client address (as TRUST_PROXY allows to
 * know it): writing a review, reporting one, voting one helpful. A household writes a
 * handful of reviews at once; a script posting hundreds is stopped.
 */
export const REVIEW_RATE_LIMITS = {
  submit: { name: "review-submit", max: 10, windowMs: 60 * MINUTE },
  report: { name: "review-report", max: 5, windowMs: 60 * MINUTE },
  helpful: { name: "review-helpful", max: 30, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>

export const reviewRateLimitRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/reviews", middlewares: [rateLimit(REVIEW_RATE_LIMITS.submit)] },
  { method: ["POST"], matcher: "/store/reviews/:id/report", middlewares: [rateLimit(REVIEW_RATE_LIMITS.report)] },
  { method: ["POST"], matcher: "/store/reviews/:id/helpful", middlewares: [rateLimit(REVIEW_RATE_LIMITS.helpful)] },
]
