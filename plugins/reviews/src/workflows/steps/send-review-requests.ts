import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { withSealedSecrets } from "@fairmade/shop-core/lib/seal"
import { receivedProductsOf } from "../../lib/received-products"
import { reviewToken } from "../../lib/review-link"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

export const sendReviewRequestsStepId = "send-review-requests"

/**
 * For each order: records the request (unique per order, so a concurrent run skips
 * it), then e-mails the one-click link, sealed in the notification (only the e-mail
 * provider opens it). A failed e-mail removes its record, so the next run tries
 * again. E-mails cannot be unsent: compensation only removes the records.
 */
export const sendReviewRequestsStep = createStep(
  sendReviewRequestsStepId,
  async ({ order_ids }: { order_ids: string[] }, { container }) => {
    const reviews: ReviewModuleService = container.resolve(REVIEW_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const sent: { order_id: string; request_id: string }[] = []
    for (const orderId of order_ids) {
      const received = await receivedProductsOf(container, orderId)
      if (!received?.received || !received.order.email || received.products.length === 0) continue
      let request
      try {
        request = await reviews.createReviewRequests({
          order_id: orderId,
          email: received.order.email,
          received_at: received.received.at,
          sent_at: new Date(),
        })
      } catch {
        continue // another run recorded it first
      }
      try {
        await container.resolve(Modules.NOTIFICATION).createNotifications({
          to: received.order.email,
          channel: "email",
          template: "review-request",
          resource_type: "order",
          resource_id: orderId,
          data: withSealedSecrets(
            {
              order_id: orderId,
              order_display_id: received.order.display_id,
              customer_first_name: received.order.author_name.split(" ")[0],
              received_by: received.received.by,
              products: received.products.map((product) => ({ title: product.title })),
            },
            { review_token: reviewToken(orderId) },
          ),
        })
        sent.push({ order_id: orderId, request_id: request.id })
      } catch (error) {
        logger.warn(`Review request for order ${orderId} not sent (${error instanceof Error ? error.message.split("\n")[0] : error}); the next run tries again.`)
        await reviews.deleteReviewRequests(request.id)
      }
    }
    return new StepResponse(
      sent.map((entry) => entry.order_id),
      sent.map((entry) => entry.request_id),
    )
  },
  async (requestIds, { container }) => {
    if (!requestIds?.length) return
    await (container.resolve(REVIEW_MODULE) as ReviewModuleService).deleteReviewRequests(requestIds)
  },
)
