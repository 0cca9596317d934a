import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { affectedProductIds, ChangedRecordKind } from "../../lib/affected-products"

export type ChangedRecords = { kind: ChangedRecordKind; ids: string[] }

export const resolveAffectedProductsStep = createStep(
  "search-resolve-affected-products",
  async ({ kind, ids }: ChangedRecords, { container }) => new StepResponse(await affectedProductIds(container, kind, ids)),
)
