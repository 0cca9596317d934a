import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderFactsWorkflow } from "../workflows/record-order-facts"

type OrderEventData = { id?: string; order_id?: string }

/** Every order event that can change what an order is worth or where it belongs recomputes its fact. */
export default async function recordOrderFact({ event: { data }, container }: SubscriberArgs<OrderEventData>) {
  // order.* events carry the order as `id`; edits, returns and exchanges as `order_id`.
  const orderId = data.order_id ?? data.id
  if (!orderId) return
  await recordOrderFactsWorkflow(container).run({ input: { order_ids: [orderId] } })
}

export const config: SubscriberConfig = {
  event: [
    "order.placed",
    "order.updated",
    "order.canceled",
    "order.completed",
    "order-edit.confirmed",
    "order.return_received",
    "order.exchange_created",
    "order.claim_created",
    "order.fulfillment_created",
  ],
}
