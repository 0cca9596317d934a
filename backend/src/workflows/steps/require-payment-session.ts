import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const requirePaymentSessionStepId = "require-payment-session"

/** An unpaid order whose cart has no payment session left to authorise cannot be paid: the caller releases it. */
export const requirePaymentSessionStep = createStep(requirePaymentSessionStepId, async (input: { unpaid: boolean; session_id: string | null }) => {
  if (input.unpaid && !input.session_id) {
    throw new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "The order has no payment session left to authorise.")
  }
})
