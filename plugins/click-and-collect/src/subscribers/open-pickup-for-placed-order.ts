import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { createPickupForOrderWorkflow } from "../workflows/create-pickup-for-order"

/**
 * Every placed order goes through the workflow; it does nothing for home delivery,
 * nor when the pickup exists already. Should this never run (the process died right
 * after checkout), the `reconcile-pickups` jobs open the pickup.
 */
export default async function openPickupForPlacedOrder({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  crashPoint("pickup.create.before")
  await createPickupForOrderWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
