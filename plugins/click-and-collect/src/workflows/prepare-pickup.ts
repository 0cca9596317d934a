import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { PICKUP_LOCK, pickupLockKey } from "./lock-key"
import { transitionPickupStep } from "./steps/transition-pickup"

export type PreparePickupInput = { pickup_id: string; actor_id: string }

export const preparePickupWorkflowId = "prepare-pickup"

/** Staff start picking the order's items. */
export const preparePickupWorkflow = createWorkflow(preparePickupWorkflowId, (input: PreparePickupInput) => {
  const key = transform({ input }, ({ input }) => pickupLockKey(input.pickup_id))
  acquireLockStep({ key, ...PICKUP_LOCK })
  const pickup = transitionPickupStep({
    pickup_id: input.pickup_id,
    action: "prepare",
    to_status: "preparing",
    actor_id: input.actor_id,
  })
  releaseLockStep({ key })
  return new WorkflowResponse(pickup)
})
