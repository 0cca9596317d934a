import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOrderFulfillmentWorkflow, createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"

type FulfillmentRow = { id: string; location_id: string; canceled_at?: string | Date | null; delivered_at?: string | Date | null }

/** The order's live (not cancelled) fulfillment from `locationId`, if an earlier run created it. */
export async function liveFulfillmentAt(container: MedusaContainer, orderId: string, locationId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["fulfillments.id", "fulfillments.location_id", "fulfillments.canceled_at", "fulfillments.delivered_at"],
    filters: { id: orderId },
  })
  const fulfillments: FulfillmentRow[] = (data[0]?.fulfillments ?? []).filter(Boolean)
  return fulfillments.find((fulfillment) => fulfillment.location_id === locationId && !fulfillment.canceled_at) ?? null
}

export const ensureOrderFulfilledStepId = "ensure-order-fulfilled"

/**
 * Fulfils the order from the store: the units leave that location's stock and
 * its reservations are consumed. A hand-over interrupted after this step finds
 * the fulfillment it already made and goes on with it, instead of asking Medusa
 * for a second one (which fails with "No stock reservation found": the first
 * one consumed them). Compensation cancels only a fulfillment this run made.
 */
export const ensureOrderFulfilledStep = createStep(
  ensureOrderFulfilledStepId,
  async (
    input: { order_id: string; location_id: string; created_by: string; items: { id: string; quantity: number }[] },
    { container },
  ) => {
    const existing = await liveFulfillmentAt(container, input.order_id, input.location_id)
    if (existing) {
      return new StepResponse({ id: existing.id, created: false }, null)
    }
    const { result } = await createOrderFulfillmentWorkflow(container).run({
      input: { order_id: input.order_id, location_id: input.location_id, created_by: input.created_by, items: input.items },
    })
    crashPoint("pickup.hand-over.after-fulfillment")
    return new StepResponse({ id: result.id, created: true }, { order_id: input.order_id, fulfillment_id: result.id })
  },
  async (made, { container }) => {
    if (!made) return
    await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id: made.order_id, fulfillment_id: made.fulfillment_id } })
  },
)
