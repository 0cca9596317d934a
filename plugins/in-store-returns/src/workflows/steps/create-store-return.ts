import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newReturnCode, storedReturnCode } from "../../lib/return-code"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"
import type { ReturnMethod } from "./resolve-return-location"

export type CreateStoreReturnInput = {
  return_id: string
  order_id: string
  customer_id: string | null
  method: ReturnMethod
  location_id: string
  currency_code: string
}

export const createStoreReturnStepId = "create-store-return"

/** Records the return on our side with a fresh counter code (kept sealed); compensation deletes it. */
export const createStoreReturnStep = createStep(
  createStoreReturnStepId,
  async (input: CreateStoreReturnInput, { container }) => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const { sealed_code: _sealed, code_digest: _digest, ...created } = await storeReturns.createStoreReturns({
      ...input,
      ...storedReturnCode(newReturnCode()),
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    await storeReturns.deleteStoreReturns(createdId)
  },
)
