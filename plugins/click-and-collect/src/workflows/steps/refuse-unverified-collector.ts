import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const refuseUnverifiedCollectorStepId = "refuse-unverified-collector"

/** Stops the hand-over; nothing was changed but the logged failed attempt. */
export const refuseUnverifiedCollectorStep = createStep(
  refuseUnverifiedCollectorStepId,
  async ({ method }: { method: "code" | "fallback" }) => {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      method === "code"
        ? "That collection code does not match this order. Nothing was handed over."
        : "The order number and last name do not match this order. Nothing was handed over.",
    )
  },
)
