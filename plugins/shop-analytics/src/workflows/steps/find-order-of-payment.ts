import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const findOrderOfPaymentStepId = "find-order-of-payment"

/** The order a payment belongs to (through its payment collection), as a list: empty for a payment of no order. */
export const findOrderOfPaymentStep = createStep(findOrderOfPaymentStepId, async ({ payment_id }: { payment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["id", "payment_collection_id"], filters: { id: payment_id } })
  const collectionId = payments[0]?.payment_collection_id
  if (!collectionId) return new StepResponse<string[]>([])
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collectionId },
  })
  return new StepResponse<string[]>(links.map((link: { order_id: string }) => link.order_id))
})
