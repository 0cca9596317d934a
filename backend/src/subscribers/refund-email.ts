import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendRefundEmailWorkflow } from "../workflows/send-refund-email"

/** A refund made through Medusa's refund workflow (admin "Refund") is confirmed to the shopper. */
export default async function refundEmailHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendRefundEmailWorkflow(container).run({ input: { payment_id: data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
