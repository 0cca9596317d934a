import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import type { RatingSummary } from "../../../../../modules/review/service"
import { publicReview } from "../../../../present"
import type { StoreListReviewsType } from "../../../../validators"

const ORDER = {
  newest: { created_at: "DESC", id: "DESC" },
  helpful: { helpful_count: "DESC", created_at: "DESC", id: "DESC" },
  lowest: { rating: "ASC", created_at: "DESC", id: "DESC" },
} as const

type ProductReviews = { summary: RatingSummary; reviews: ReturnType<typeof publicReview>[]; count: number; limit: number; offset: number }

/** GET /store/products/:id/reviews?sort=newest|helpful|lowest: published reviews and the rating distribution. */
export async function GET(req: MedusaStoreRequest<unknown, StoreListReviewsType>, res: MedusaResponse<ProductReviews>) {
  const { sort, limit, offset } = req.validatedQuery as StoreListReviewsType
  const reviews: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [page, count] = await reviews.listAndCountReviews(
    { product_id: req.params.id, status: "approved" },
    { order: ORDER[sort] as any, take: limit, skip: offset },
  )
  const summaries = await reviews.summarize([req.params.id])
  res.json({ summary: summaries[req.params.id], reviews: page.map(publicReview), count, limit, offset })
}
