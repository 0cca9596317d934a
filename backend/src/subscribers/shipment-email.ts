import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendShipmentEmailWorkflow } from "../workflows/send-shipment-email"

/** A shipment marked in the admin tells the shopper, unless "no notification" was asked. */
export default async function shipmentEmailHandler({ event: { data }, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (data.no_notification) return
  await sendShipmentEmailWorkflow(container).run({ input: { fulfillment_id: data.id } })
}

export const config: SubscriberConfig = { event: "shipment.created" }
