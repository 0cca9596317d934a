import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireEachPickupStep } from "./steps/expire-each-pickup"
import { listOverduePickupsStep } from "./steps/list-overdue-pickups"

export type ExpireUncollectedPickupsInput = { now?: string }

export const expireUncollectedPickupsWorkflowId = "expire-uncollected-pickups"

/** Expires every ready pickup whose hold period ended before `now` (default: the current time). */
export const expireUncollectedPickupsWorkflow = createWorkflow(
  expireUncollectedPickupsWorkflowId,
  (input: ExpireUncollectedPickupsInput) => {
    const now = transform({ input }, ({ input }) => input.now ?? new Date().toISOString())
    const pickupIds = listOverduePickupsStep({ now })
    const result = expireEachPickupStep({ pickup_ids: pickupIds, now })
    return new WorkflowResponse(result)
  },
)
