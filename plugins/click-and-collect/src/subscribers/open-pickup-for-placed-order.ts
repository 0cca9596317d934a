import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createPickupForOrderWorkflow } from "../workflows/create-pickup-for-order"

/** Every placed order goes through the workflow; it does nothing for home delivery. */
export default async function openPickupForPlacedOrder({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await createPickupForOrderWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
