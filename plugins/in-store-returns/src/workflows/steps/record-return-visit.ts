import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReceiptLine } from "../../lib/receive-plan"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"

export type ReturnVisit = {
  received_at: string
  received_by: string
  location_id: string
  lines: ReceiptLine[]
  refund_due: string
  // The Medusa exchange that handed new variants over at this visit, if any.
  exchange_id?: string
}

export const recordReturnVisitStepId = "record-return-visit"

/**
 * Medusa received the visit's units: the visit moves from `in_progress` to the visits, the
 * return becomes "refund_pending" and what the visit owes the shopper is added to the
 * pending refund, before any money moves: if the refund then fails or the process dies,
 * the debt stays on record for the retry or the recovery job. Compensation puts the
 * previous state back.
 */
export const recordReturnVisitStep = createStep(
  recordReturnVisitStepId,
  async (input: { store_return_id: string; visit: ReturnVisit }, { container }) => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const before = await storeReturns.retrieveStoreReturn(input.store_return_id)
    const { in_progress: _done, ...receipts } = (before.receipts ?? {}) as { visits?: ReturnVisit[]; in_progress?: unknown }
    const visits = [...(receipts.visits ?? []), input.visit]
    const updated = await storeReturns.updateStoreReturns({
      id: before.id,
      status: "refund_pending",
      pending_refund_amount: MathBN.add(before.pending_refund_amount, input.visit.refund_due).toNumber(),
      receipts: { ...receipts, visits },
    })
    const previous = { id: before.id, status: before.status, pending_refund_amount: before.pending_refund_amount, receipts: before.receipts }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    await storeReturns.updateStoreReturns(previous as any)
  },
)
