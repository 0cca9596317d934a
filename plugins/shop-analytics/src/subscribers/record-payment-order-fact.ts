import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordPaymentOrderFactsWorkflow } from "../workflows/record-payment-order-facts"

/** A capture or a refund changes the order's net revenue: its fact is recomputed. */
export default async function recordPaymentOrderFact({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentOrderFactsWorkflow(container).run({ input: { payment_id: data.id } })
}

export const config: SubscriberConfig = { event: ["payment.captured", "payment.refunded"] }
