import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateRefundRetryStepId = "validate-refund-retry"

/** Statuses a retry can move on: a visit cut short, a refund not made yet, a refund that failed. */
export const RETRYABLE_STATUSES = ["receiving", "received", "refund_pending", "refund_failed"] as const

/** Only a return with a visit or a refund left unfinished has something to retry. */
export const validateRefundRetryStep = createStep(validateRefundRetryStepId, async (input: { status: string; id: string }) => {
  if (!(RETRYABLE_STATUSES as readonly string[]).includes(input.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Return ${input.id} has no unfinished receipt or refund to retry (status "${input.status}").`)
  }
})
