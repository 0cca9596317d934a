import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ensureInventoryLevelsStepId = "ensure-inventory-levels"

/**
 * Medusa's receive workflow refuses a return at a location where the items have no
 * inventory level. A store may never have stocked a product sold online, so an empty
 * level is created there first; compensation removes the levels this step created.
 */
export const ensureInventoryLevelsStep = createStep(
  ensureInventoryLevelsStepId,
  async (input: { location_id: string; inventory_item_ids: string[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const wanted = [...new Set(input.inventory_item_ids)]
    if (!wanted.length) return new StepResponse([], [])
    const existing = await inventory.listInventoryLevels({ inventory_item_id: wanted, location_id: input.location_id })
    const missing = wanted.filter((id) => !existing.some((level) => level.inventory_item_id === id))
    if (!missing.length) return new StepResponse([], [])
    const created = await inventory.createInventoryLevels(
      missing.map((inventory_item_id) => ({ inventory_item_id, location_id: input.location_id, stocked_quantity: 0 })),
    )
    return new StepResponse(created, created.map((level) => level.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels(createdIds)
  },
)
