import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STORE_RETURN_EVENTS } from "../lib/events"
import { sendReturnReceiptWorkflow } from "../workflows/send-return-receipt"

/** After each counter visit or refund retry, the shopper gets the receipt by e-mail. */
export default async function sendReturnReceiptHandler({ event: { name, data }, container }: SubscriberArgs<{ id: string }>) {
  await sendReturnReceiptWorkflow(container).run({ input: { store_return_id: data.id, trigger: name } })
}

export const config: SubscriberConfig = { event: [STORE_RETURN_EVENTS.RECEIVED, STORE_RETURN_EVENTS.REFUND_RETRIED] }
