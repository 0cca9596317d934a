import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settleUnpaidOrdersStep } from "./steps/settle-unpaid-orders"

export const settleUnpaidOrdersWorkflowId = "settle-unpaid-orders"

/** Minutes an order may stay without an authorised payment before the recovery settles it. */
export const unpaidOrderGraceMinutes = () => Number(process.env.UNPAID_ORDER_GRACE_MINUTES ?? 15)

/**
 * Orders a crashed cart completion left without payment, older than the grace period:
 * their payment is authorised if the provider agrees, otherwise they are canceled with
 * their stock released and the cart reopened (`settleUnpaidCartOrder`).
 */
export const settleUnpaidOrdersWorkflow = createWorkflow(settleUnpaidOrdersWorkflowId, (input: { older_than_minutes: number; limit?: number }) => {
  // Defaults resolve at run time: in the composition `input.limit` is a reference, never undefined.
  const settled = settleUnpaidOrdersStep(transform({ input }, ({ input }) => ({ older_than_minutes: input.older_than_minutes, limit: input.limit ?? 100 })))
  return new WorkflowResponse(settled)
})
