import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { STORE_RETURN_EVENTS } from "../lib/events"
import { sendReturnBookedWorkflow } from "../workflows/send-return-booked"

/** A return booked online: the shopper gets its counter code by e-mail. */
export default async function sendReturnBookedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendReturnBookedWorkflow(container).run({ input: { store_return_id: data.id } })
}

export const config: SubscriberConfig = { event: STORE_RETURN_EVENTS.REQUESTED }
