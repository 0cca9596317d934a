import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { receivedProductsOf } from "../../../../lib/received-products"
import { orderIdOfToken } from "../../../../lib/review-link"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"

type ReviewRequestAnswer = {
  review_request: {
    order_display_id: number
    author_name: string
    received: { at: Date; by: "delivery" | "collection" } | null
    products: { product_id: string; title: string; thumbnail: string | null; reviewed: boolean }[]
  }
}

/**
 * GET /store/review-requests/:token: what the review form shows for the link of the
 * request e-mail: the order, whether its goods arrived, and each product with whether
 * it is already reviewed. 403 for a link the shop did not make.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<ReviewRequestAnswer>) {
  const orderId = orderIdOfToken(req.params.token)
  const received = orderId ? await receivedProductsOf(req.scope, orderId) : null
  if (!received) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This review link is not valid: open the link of your review request e-mail again.")
  const reviews: ReviewModuleService = req.scope.resolve(REVIEW_MODULE)
  const existing = await reviews.listReviews({ order_id: received.order.id }, { select: ["product_id"] })
  const reviewed = new Set(existing.map((review) => review.product_id))
  res.json({
    review_request: {
      order_display_id: received.order.display_id,
      author_name: received.order.author_name,
      received: received.received,
      products: received.products.map((product) => ({ ...product, reviewed: reviewed.has(product.product_id) })),
    },
  })
}
