import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadExchangeVariants } from "../../lib/exchange-variants"

export type RetrieveExchangeVariantsInput = {
  variant_ids: string[]
  location_id: string
  region_id: string | null
  currency_code: string
}

export const retrieveExchangeVariantsStepId = "retrieve-exchange-variants"

/** The variants asked for in an exchange, with their price for the order and their stock at the store. Reads only. */
export const retrieveExchangeVariantsStep = createStep(
  retrieveExchangeVariantsStepId,
  async (input: RetrieveExchangeVariantsInput, { container }) => {
    const variants = await loadExchangeVariants(
      container.resolve(ContainerRegistrationKeys.QUERY),
      container.resolve(Modules.INVENTORY),
      { variant_ids: input.variant_ids },
      input,
    )
    return new StepResponse(variants)
  },
)
