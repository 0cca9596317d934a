import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"

export const repointStoreReturnStepId = "repoint-store-return"

/** Points our return record at the Medusa return that now carries its items (an exchange's); compensation points it back. */
export const repointStoreReturnStep = createStep(
  repointStoreReturnStepId,
  async (input: { store_return_id: string; return_id: string }, { container }) => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const before = await storeReturns.retrieveStoreReturn(input.store_return_id)
    const updated = await storeReturns.updateStoreReturns({ id: before.id, return_id: input.return_id })
    return new StepResponse(updated, { id: before.id, return_id: before.return_id })
  },
  async (previous, { container }) => {
    if (!previous) return
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    await storeReturns.updateStoreReturns(previous)
  },
)
