import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetNotificationWorkflow } from "../workflows/send-password-reset-notification"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/** Medusa emits this only for an existing identity, so unknown e-mails get nothing. */
export default async function passwordResetHandler({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  await sendPasswordResetNotificationWorkflow(container).run({
    input: { email: data.entity_id, actor_type: data.actor_type, token: data.token },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
