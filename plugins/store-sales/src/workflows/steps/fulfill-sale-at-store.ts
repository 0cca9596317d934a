import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import {
  cancelOrderFulfillmentWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"

export const fulfillSaleAtStoreStepId = "fulfill-sale-at-store"

type Input = { order_id: string; location_id: string; shipping_option_id: string; actor_id: string }

/**
 * The customer leaves with the goods: the order is fulfilled from the store
 * (its reservations there become a stock decrease at that location, nowhere
 * else) and marked delivered, which starts the return window. A fulfillment a
 * killed run made is reused, a delivered one is not delivered again.
 * Compensation cancels the fulfillment this run made (stock back on the shelf).
 */
export const fulfillSaleAtStoreStep = createStep(
  fulfillSaleAtStoreStepId,
  async (input: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.quantity", "items.detail.quantity", "fulfillments.id", "fulfillments.location_id", "fulfillments.canceled_at", "fulfillments.delivered_at"],
      filters: { id: input.order_id },
    })
    const order = data[0] as any
    const existing = (order.fulfillments ?? []).find((f: any) => f && !f.canceled_at && f.location_id === input.location_id)
    let fulfillmentId: string = existing?.id
    let made: string | null = null
    if (!existing) {
      const { result } = await createOrderFulfillmentWorkflow(container).run({
        input: {
          order_id: input.order_id,
          location_id: input.location_id,
          shipping_option_id: input.shipping_option_id,
          created_by: input.actor_id,
          no_notification: true,
          // Query may answer quantities as BigNumber values: converted, never Number(object) (NaN).
          items: (order.items ?? []).filter(Boolean).map((item: any) => ({ id: item.id, quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber() })),
        },
      })
      fulfillmentId = result.id
      made = fulfillmentId
      crashPoint("store-sale.complete.after-fulfillment")
    }
    if (!existing?.delivered_at) {
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: input.order_id, fulfillmentId } })
    }
    return new StepResponse({ fulfillment_id: fulfillmentId }, made ? { order_id: input.order_id, fulfillment_id: made } : null)
  },
  async (made, { container }) => {
    if (!made) return
    await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id: made.order_id, fulfillment_id: made.fulfillment_id, no_notification: true } })
  },
)
