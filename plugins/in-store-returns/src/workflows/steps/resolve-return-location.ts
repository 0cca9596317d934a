import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locationKind, type ReturnLocation } from "../../lib/return-locations"

export type ReturnMethod = "drop_at_store" | "mail" | "in_store"

export const resolveReturnLocationStepId = "resolve-return-location"

/**
 * Where the items come back to, hence where resellable ones are restocked: the chosen
 * store for a drop-off, the warehouse for a parcel, the counter's store for a walk-in.
 */
export const resolveReturnLocationStep = createStep(
  resolveReturnLocationStepId,
  async (input: { method: ReturnMethod; location_id?: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["id", "name", "metadata", "address.*"],
    })
    const locations = data as ReturnLocation[]
    if (input.method === "mail") {
      const warehouse = locations.find((location) => locationKind(location) === "warehouse")
      if (!warehouse) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Returns by post are not possible: no warehouse takes them.")
      return new StepResponse(warehouse)
    }
    const location = locations.find((candidate) => candidate.id === input.location_id)
    const acceptable = input.method === "in_store" ? !!location : location && locationKind(location) === "store"
    if (!location || !acceptable) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Location ${input.location_id ?? "(none)"} is not one of the shop's stores.`)
    }
    return new StepResponse(location)
  },
)
