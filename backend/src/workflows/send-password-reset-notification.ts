import { createHash } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { passwordResetLink } from "../lib/password-reset-link"

export type SendPasswordResetNotificationInput = {
  /** The emailpass identifier, i.e. the e-mail address. */
  email: string
  actor_type: string
  token: string
}

export const sendPasswordResetNotificationWorkflowId = "send-password-reset-notification"

/**
 * E-mails the reset link. Medusa's own notification step does the sending;
 * the idempotency key (a hash of the one-time token) keeps a redelivered
 * `auth.password_reset` event from sending the same e-mail twice.
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
        idempotency_key: `password-reset:${createHash("sha256").update(input.token).digest("hex")}`,
        data: {
          email: input.email,
          reset_url: passwordResetLink({ actorType: input.actor_type, email: input.email, token: input.token }),
        },
      },
    ])
    const sent = sendNotificationsStep(notification)
    return new WorkflowResponse(sent)
  },
)
