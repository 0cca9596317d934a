import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateReturnReceiptStepId = "validate-return-receipt"

/**
 * Items are received where the return was booked: its location is where they are
 * restocked, and only that store's staff may take them. A canceled or fully received
 * return expects nothing more.
 */
export const validateReturnReceiptStep = createStep(
  validateReturnReceiptStepId,
  async (input: { store_return: { id: string; location_id: string; status?: string }; order_return: { status: string; canceled_at?: unknown }; location_id: string }) => {
    if (input.store_return.location_id !== input.location_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Return ${input.store_return.id} is to be received at another location.`)
    }
    if (input.store_return.status === "receiving") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `An earlier receipt of return ${input.store_return.id} was interrupted: retry it before receiving more.`)
    }
    if (input.order_return.canceled_at || input.order_return.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Return ${input.store_return.id} was canceled.`)
    }
    if (input.order_return.status === "received") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Every item of return ${input.store_return.id} was already received.`)
    }
  },
)
