import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkPhotos } from "../../../lib/photos"
import { orderIdOfToken } from "../../../lib/review-link"
import { createReviewWorkflow } from "../../../workflows/create-review"
import type { StoreCreateReviewType } from "../../validators"

type Created = { review: { id: string; status: string; product_id: string } }

/**
 * POST /store/reviews: a verified review from the review request link. 403 for a link
 * the shop did not make or goods not received yet, 409 for a second review of the
 * product for the order, 413/415 for a photo too large or not an image; nothing is
 * stored on any refusal. The review waits for moderation.
 */
export async function POST(req: MedusaStoreRequest<StoreCreateReviewType>, res: MedusaResponse<Created | { type: string; message: string }>) {
  const { token, product_id, rating, title, body, photos } = req.validatedBody
  const orderId = orderIdOfToken(token)
  if (!orderId) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This review link is not valid: open the link of your review request e-mail again.")
  const checked = checkPhotos(photos)
  if ("problem" in checked) {
    res.status(checked.problem.status).json({ type: "invalid_data", message: checked.problem.message })
    return
  }
  let result
  try {
    ;({ result } = await createReviewWorkflow(req.scope).run({
      input: { order_id: orderId, product_id, rating, title, body, photos: checked.photos },
    }))
  } catch (error) {
    // Medusa's error handler replaces a conflict's message with a generic one: say what happened.
    if ((error as { type?: string })?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "duplicate_error", message: (error as Error).message })
      return
    }
    throw error
  }
  res.status(201).json({ review: { id: result.id, status: result.status, product_id: result.product_id } })
}
