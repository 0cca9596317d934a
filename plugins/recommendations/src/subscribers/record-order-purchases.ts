import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderPurchasesWorkflow } from "../workflows/record-order-purchases"

export default async function recordOrderPurchases({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderPurchasesWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
