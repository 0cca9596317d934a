import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminReview } from "../../present"
import type { AdminListReviewsType } from "../../validators"

type ReviewQueue = { reviews: ReturnType<typeof adminReview>[]; count: number; limit: number; offset: number }

/** GET /admin/reviews?status=pending|approved|rejected|flagged&reported=true: the moderation queue, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReviewsType>, res: MedusaResponse<ReviewQueue>) {
  const { status, reported, limit, offset } = req.validatedQuery as AdminListReviewsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (reported) filters.report_count = { $gt: 0 }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: ["*", "product.id", "product.title", "product.handle"],
    filters,
    pagination: { take: limit, skip: offset, order: { created_at: "ASC" } },
  })
  res.json({ reviews: data.map(adminReview), count: metadata?.count ?? data.length, limit, offset })
}
