import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToReviewWorkflow } from "../../../../../workflows/reply-to-review"
import { adminReview } from "../../../../present"

/** POST /admin/reviews/:id/reply { body }: the producer's public reply (shown once the review is approved). */
export async function POST(req: AuthenticatedMedusaRequest<{ body: string }>, res: MedusaResponse<{ review: ReturnType<typeof adminReview> }>) {
  const { result } = await replyToReviewWorkflow(req.scope).run({ input: { id: req.params.id, body: req.validatedBody.body } })
  res.json({ review: adminReview(result) })
}
