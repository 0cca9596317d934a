import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { receivedProductsOf } from "../../lib/received-products"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

export type Reviewable = {
  order_id: string
  product_id: string
  customer_id: string | null
  author_name: string
  received_at: Date
  received_by: "delivery" | "collection"
}

export const assertReviewableStepId = "assert-reviewable"

/**
 * Only whoever received or collected the product may review it, once per product
 * and order. Reads only: nothing to compensate.
 */
export const assertReviewableStep = createStep(
  assertReviewableStepId,
  async ({ order_id, product_id }: { order_id: string; product_id: string }, { container }) => {
    const received = await receivedProductsOf(container, order_id)
    if (!received) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This review link is not valid.")
    if (!received.received) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Order #${received.order.display_id} has not been delivered or collected yet: you can review its products once you have them.`,
      )
    }
    if (!received.products.some((product) => product.product_id === product_id)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `This product was not part of what you received with order #${received.order.display_id}.`)
    }
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const [existing] = await reviews.listReviews({ order_id, product_id }, { take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `You already reviewed this product for order #${received.order.display_id}.`)
    }
    return new StepResponse<Reviewable>({
      order_id,
      product_id,
      customer_id: received.order.customer_id,
      author_name: received.order.author_name,
      received_at: received.received.at,
      received_by: received.received.by,
    })
  },
)
