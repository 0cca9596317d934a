import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { recordPickupNotifiedStep } from "./steps/record-pickup-notified"

export type ResendPickupNotificationInput = { pickup_id: string; actor_id: string }

export const resendPickupNotificationWorkflowId = "resend-pickup-notification"

/** The shopper lost the "ready" e-mail: send it again, same code. */
export const resendPickupNotificationWorkflow = createWorkflow(
  resendPickupNotificationWorkflowId,
  (input: ResendPickupNotificationInput) => {
    const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
    acquireLockStep({ key, ...PICKUP_LOCK })
    assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "resend" })
    const context = loadPickupContextStep({ pickup_id: input.pickup_id })
    const notified = notifyPickupCustomerStep({ context, template: "pickup-ready" })
    const pickup = recordPickupNotifiedStep({ pickup_id: input.pickup_id, actor_id: input.actor_id, template: "pickup-ready", sent: notified.sent })
    releaseLockStep({ key })
    return new WorkflowResponse(pickup)
  },
)
