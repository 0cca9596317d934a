import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createMissingReturnReasonsStepId = "create-missing-return-reasons"

/** Creates the return reasons whose `value` does not exist yet; compensation deletes those it created. */
export const createMissingReturnReasonsStep = createStep(
  createMissingReturnReasonsStepId,
  async (reasons: { value: string; label: string }[], { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const existing = await orders.listReturnReasons({ value: reasons.map((reason) => reason.value) })
    const missing = reasons.filter((reason) => !existing.some((found) => found.value === reason.value))
    if (!missing.length) return new StepResponse([], [])
    const created = await orders.createReturnReasons(missing)
    return new StepResponse(created, created.map((reason) => reason.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve(Modules.ORDER).deleteReturnReasons(createdIds)
  },
)
