import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"

/** GET /store/review-photos/:id: a photo of a published review, with the type its bytes were checked to be. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const reviews: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const [photo] = await reviews.listReviewImages({ id: req.params.id })
  const [review] = photo ? await reviews.listReviews({ id: photo.review_id, status: "approved" }, { select: ["id"] }) : []
  if (!photo || !review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo ${req.params.id} was not found.`)
  res.setHeader("Content-Type", photo.mime_type)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.end(Buffer.from(photo.data, "base64"))
}
