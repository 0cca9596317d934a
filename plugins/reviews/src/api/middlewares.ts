import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminApproveReview,
  AdminFlagReview,
  AdminListReviews,
  AdminRejectReview,
  AdminReplyToReview,
  AdminSendReviewRequests,
  StoreCreateReview,
  StoreHelpfulVote,
  StoreListReviews,
  StoreReportReview,
  StoreReviewSummaries,
} from "./validators"

// The routes build their own responses: the query config only carries validation.
const noFields = { defaults: ["id"], isList: false }

/**
 * Rate limits on submissions, reports and votes are the backend's (backend/src/api/review-rate-limits.ts):
 * the limiter and its Redis store live there.
 */
export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/store/reviews",
      // Up to 3 photos of 2 MB as base64: the photo check answers 413 with which photo, not the body parser.
      bodyParser: { sizeLimit: "10mb" },
      middlewares: [validateAndTransformBody(StoreCreateReview)],
    },
    { method: ["POST"], matcher: "/store/reviews/:id/report", middlewares: [validateAndTransformBody(StoreReportReview)] },
    { method: ["POST"], matcher: "/store/reviews/:id/helpful", middlewares: [validateAndTransformBody(StoreHelpfulVote)] },
    { method: ["GET"], matcher: "/store/products/:id/reviews", middlewares: [validateAndTransformQuery(StoreListReviews, noFields)] },
    { method: ["GET"], matcher: "/store/review-summaries", middlewares: [validateAndTransformQuery(StoreReviewSummaries, noFields)] },
    { method: ["GET"], matcher: "/admin/reviews", middlewares: [validateAndTransformQuery(AdminListReviews, noFields)] },
    { method: ["POST"], matcher: "/admin/reviews/:id/approve", middlewares: [validateAndTransformBody(AdminApproveReview)] },
    { method: ["POST"], matcher: "/admin/reviews/:id/reject", middlewares: [validateAndTransformBody(AdminRejectReview)] },
    { method: ["POST"], matcher: "/admin/reviews/:id/flag", middlewares: [validateAndTransformBody(AdminFlagReview)] },
    { method: ["POST"], matcher: "/admin/reviews/:id/reply", middlewares: [validateAndTransformBody(AdminReplyToReview)] },
    { method: ["POST"], matcher: "/admin/reviews/request-emails", middlewares: [validateAndTransformBody(AdminSendReviewRequests)] },
  ],
})
