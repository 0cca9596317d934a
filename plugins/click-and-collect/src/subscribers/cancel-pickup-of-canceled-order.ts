import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelPickupOfOrderWorkflow } from "../workflows/cancel-pickup-of-order"

export default async function cancelPickupOfCanceledOrder({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await cancelPickupOfOrderWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
