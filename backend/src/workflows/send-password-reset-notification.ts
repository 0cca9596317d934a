import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { NOTIFICATION_SECRETS_FIELD } from "@fairmade/shop-core/lib/seal"

export type SendPasswordResetNotificationInput = {
  /** The emailpass identifier, i.e. the e-mail address. */
  email: string
  actor_type: string
  /** `{ reset_url }` sealed for the e-mail provider: the token never travels or rests in clear. */
  sealed_secrets: string
  /** A digest of the one-time token, for the idempotency key. */
  token_digest: string
}

export const sendPasswordResetNotificationWorkflowId = "send-password-reset-notification"

/**
 * E-mails the reset link (for staff: the invite to set a first password). Medusa's
 * own notification step does the sending; the idempotency key (a digest of the
 * one-time token) keeps a redelivered `auth.password_reset` event from sending the
 * same e-mail twice. The notification row, readable through GET /admin/notifications,
 * holds the link only sealed.
 */
export const sendPasswordResetNotificationWorkflow = createWorkflow(
  sendPasswordResetNotificationWorkflowId,
  (input: SendPasswordResetNotificationInput) => {
    const notification = transform({ input }, ({ input }) => [
      {
        to: input.email,
        channel: "email",
        template: "password-reset",
        trigger_type: "auth.password_reset",
        idempotency_key: `password-reset:${input.token_digest}`,
        data: { email: input.email, actor_type: input.actor_type, [NOTIFICATION_SECRETS_FIELD]: input.sealed_secrets },
      },
    ])
    const sent = sendNotificationsStep(notification)
    return new WorkflowResponse(sent)
  },
)
