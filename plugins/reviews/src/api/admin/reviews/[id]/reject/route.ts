import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../../workflows/moderate-review"
import { adminReview } from "../../../../present"

/** POST /admin/reviews/:id/reject { reason }: hides it, with the reason. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse<{ review: ReturnType<typeof adminReview> }>) {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { id: req.params.id, action: "reject", reason: req.validatedBody?.reason ?? null },
  })
  res.json({ review: adminReview(result) })
}
