import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"
import type { ReturnVisit } from "./record-return-visit"

/** A counter visit under way: what it will receive, from which Medusa return, and what that return held before. */
export type VisitInProgress = {
  visit: ReturnVisit
  // The Medusa return the visit started on (an exchange then repoints the record to the exchange's own).
  return_id: string
  // Per order line: units of that return already received or written off before this visit.
  received_before: Record<string, number>
  // Per order line: units this visit receives (resellable and damaged together).
  receiving: Record<string, number>
  previous_status: string
}

export const startReturnVisitStepId = "start-return-visit"

/**
 * Writes down the visit before Medusa receives anything: status "receiving" and what is
 * being received. After a crash the recovery compares this with Medusa's return to know
 * whether the receipt went through (then it records the visit and refunds) or not (then
 * it is undone), instead of leaving the return received and unrefunded for ever.
 * Compensation puts the previous state back.
 */
export const startReturnVisitStep = createStep(
  startReturnVisitStepId,
  async (input: { store_return_id: string; in_progress: Omit<VisitInProgress, "previous_status"> }, { container }) => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const before = await storeReturns.retrieveStoreReturn(input.store_return_id)
    const receipts = (before.receipts ?? { visits: [] }) as Record<string, unknown>
    const updated = await storeReturns.updateStoreReturns({
      id: before.id,
      status: "receiving",
      receipts: { ...receipts, in_progress: { ...input.in_progress, previous_status: before.status } },
    })
    return new StepResponse(updated, { id: before.id, status: before.status, receipts: before.receipts })
  },
  async (previous, { container }) => {
    if (!previous) return
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    await storeReturns.updateStoreReturns(previous as any)
  },
)
