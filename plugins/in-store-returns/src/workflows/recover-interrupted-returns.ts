import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { finishInterruptedReturnsStep } from "./steps/finish-interrupted-returns"

export const recoverInterruptedReturnsWorkflowId = "recover-interrupted-returns"

/** Who the recovery's refunds are recorded as made by. */
export const RECOVERY_ACTOR = "system:returns-recovery"

/**
 * Finishes the returns a crash left half-done: a counter receipt cut short is recorded
 * and refunded, or undone; a refund not made is made (never twice). Run by the
 * `recover-interrupted-returns` jobs, at start and every 5 minutes.
 */
export const recoverInterruptedReturnsWorkflow = createWorkflow(recoverInterruptedReturnsWorkflowId, (input: { limit?: number }) => {
  // Defaults resolve at run time: in the composition `input.limit` is a reference, never undefined.
  const finished = finishInterruptedReturnsStep(transform({ input }, ({ input }) => ({ actor: RECOVERY_ACTOR, limit: input.limit ?? 100 })))
  return new WorkflowResponse(finished)
})
