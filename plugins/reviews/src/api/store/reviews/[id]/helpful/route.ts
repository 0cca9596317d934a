import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { markReviewHelpfulWorkflow } from "../../../../../workflows/mark-review-helpful"

/** POST /store/reviews/:id/helpful: one "helpful" vote (rate-limited per address). */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse<{ helpful_count: number }>) {
  const { result } = await markReviewHelpfulWorkflow(req.scope).run({ input: { review_id: req.params.id } })
  res.json(result)
}
