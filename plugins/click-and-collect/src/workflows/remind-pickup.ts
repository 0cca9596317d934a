import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { assertPickupActionAllowedStep } from "./steps/assert-pickup-action-allowed"
import { REMINDER_TEMPLATE } from "./steps/list-pickups-to-remind"
import { loadPickupContextStep } from "./steps/load-pickup-context"
import { notifyPickupCustomerStep } from "./steps/notify-pickup-customer"
import { recordPickupNotifiedStep } from "./steps/record-pickup-notified"

export type RemindPickupInput = { pickup_id: string }

export const remindPickupWorkflowId = "remind-pickup"

/** "Your order is still waiting", with the code again and the end of the hold period in store time. */
export const remindPickupWorkflow = createWorkflow(remindPickupWorkflowId, (input: RemindPickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  // Same rule as sending the "ready" e-mail again: the pickup is ready and nothing is half-done.
  assertPickupActionAllowedStep({ pickup_id: input.pickup_id, action: "resend" })
  const context = loadPickupContextStep({ pickup_id: input.pickup_id })
  const notified = notifyPickupCustomerStep({ context, template: REMINDER_TEMPLATE })
  const pickup = recordPickupNotifiedStep({ pickup_id: input.pickup_id, actor_id: "system", template: REMINDER_TEMPLATE, sent: notified.sent })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
