import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
  const settled = settleUnpaidOrdersStep({ older_than_minutes: input.older_than_minutes, limit: (input.limit ?? 100) as number })
  return new WorkflowResponse(settled)
})
