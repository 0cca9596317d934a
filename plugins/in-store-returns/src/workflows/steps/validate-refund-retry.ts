import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateRefundRetryStepId = "validate-refund-retry"

/** Only a return whose refund failed has money left to pay back. */
export const validateRefundRetryStep = createStep(validateRefundRetryStepId, async (input: { status: string; id: string }) => {
  if (input.status !== "refund_failed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Return ${input.id} has no failed refund to retry (status "${input.status}").`)
  }
})
