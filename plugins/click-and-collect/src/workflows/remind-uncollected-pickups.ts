import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listPickupsToRemindStep } from "./steps/list-pickups-to-remind"
import { remindEachPickupStep } from "./steps/remind-each-pickup"

export type RemindUncollectedPickupsInput = { now?: string }

export const remindUncollectedPickupsWorkflowId = "remind-uncollected-pickups"

/** Reminds, once, every shopper whose ready order leaves the shelf within a day of `now` (default: the current time). */
export const remindUncollectedPickupsWorkflow = createWorkflow(remindUncollectedPickupsWorkflowId, (input: RemindUncollectedPickupsInput) => {
  const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
  const pickupIds = listPickupsToRemindStep({ now })
  return new WorkflowResponse(remindEachPickupStep({ pickup_ids: pickupIds }))
})
