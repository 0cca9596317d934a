import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewSignal } from "./create-signals"

/** One purchase signal per product in the order (several variants of one product count once). */
export const loadOrderPurchasesStep = createStep("load-order-purchases", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "created_at", "items.product_id"],
    filters: { id: input.order_id },
  })
  const order = data[0] as { id: string; customer_id: string | null; created_at: string | Date; items?: ({ product_id?: string | null } | null)[] } | undefined
  if (!order?.customer_id) return new StepResponse([] as NewSignal[])
  const productIds = new Set((order.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : [])))
  const signals: NewSignal[] = [...productIds].map((product_id) => ({
    type: "purchase",
    product_id,
    customer_id: order.customer_id,
    basket_id: order.id,
    created_at: new Date(order.created_at),
  }))
  return new StepResponse(signals)
})
