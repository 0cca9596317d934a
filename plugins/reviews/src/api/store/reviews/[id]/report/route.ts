import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { reportReviewWorkflow } from "../../../../../workflows/report-review"

/** POST /store/reviews/:id/report { reason }: a shopper reports a published review (rate-limited per address). */
export async function POST(req: MedusaStoreRequest<{ reason: string }>, res: MedusaResponse<{ report: { id: string } }>) {
  const { result } = await reportReviewWorkflow(req.scope).run({ input: { review_id: req.params.id, reason: req.validatedBody.reason } })
  res.status(201).json({ report: result })
}
