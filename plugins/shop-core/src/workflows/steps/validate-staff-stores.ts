import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { listStores } from "../../lib/stores"

export const validateStaffStoresStepId = "validate-staff-stores"

/** Staff work at stores only: every id must be an existing stock location with `metadata.kind = "store"`. */
export const validateStaffStoresStep = createStep(
  validateStaffStoresStepId,
  async (input: { store_location_ids: string[] }, { container }) => {
    const wanted = [...new Set(input.store_location_ids)]
    const stores = await listStores(container, wanted)
    const unknown = wanted.filter((id) => !stores.some((store) => store.id === id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not a store: ${unknown.join(", ")}. Staff work at stock locations whose metadata.kind is "store".`,
      )
    }
    return new StepResponse(wanted)
  },
)
