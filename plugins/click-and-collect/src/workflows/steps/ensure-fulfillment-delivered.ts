import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"

export const ensureFulfillmentDeliveredStepId = "ensure-fulfillment-delivered"

/**
 * The collector has the goods: the fulfillment is marked delivered, once. A retry
 * finds it delivered already and moves on. No compensation: the goods have left.
 */
export const ensureFulfillmentDeliveredStep = createStep(
  ensureFulfillmentDeliveredStepId,
  async ({ order_id, fulfillment_id }: { order_id: string; fulfillment_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "fulfillment",
      fields: ["id", "delivered_at"],
      filters: { id: fulfillment_id },
    })
    if (!data[0]?.delivered_at) {
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: order_id, fulfillmentId: fulfillment_id } })
      crashPoint("pickup.hand-over.after-delivery")
    }
    return new StepResponse({ fulfillment_id })
  },
)
