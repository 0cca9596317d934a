import { createHash } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { NOTIFICATION_PURPOSE, sealJson } from "@fairmade/shop-core/lib/seal"
import { passwordResetLink } from "../lib/password-reset-link"
import { sendPasswordResetNotificationWorkflow } from "../workflows/send-password-reset-notification"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/**
 * Medusa emits this only for an existing identity, so unknown e-mails get nothing.
 * The link is sealed here, before any workflow sees it: workflow inputs can be
 * stored and logged, the token must not be.
 */
export default async function passwordResetHandler({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  const resetUrl = passwordResetLink({ actorType: data.actor_type, email: data.entity_id, token: data.token })
  await sendPasswordResetNotificationWorkflow(container).run({
    input: {
      email: data.entity_id,
      actor_type: data.actor_type,
      sealed_secrets: sealJson({ reset_url: resetUrl }, NOTIFICATION_PURPOSE),
      token_digest: createHash("sha256").update(data.token).digest("hex"),
    },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
