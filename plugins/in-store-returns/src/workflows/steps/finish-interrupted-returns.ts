import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_RETURN_MODULE } from "../../modules/store-return"
import type StoreReturnModuleService from "../../modules/store-return/service"
import { retryStoreReturnRefundWorkflow } from "../retry-store-return-refund"

export const finishInterruptedReturnsStepId = "finish-interrupted-returns"

// Left unfinished by a crash (or, for refund_pending, by a refund not reached yet). refund_failed
// is not here: the provider refused, and staff decide when to retry (after capturing, say).
const UNFINISHED = ["receiving", "received", "refund_pending"]

export type FinishedReturn = { id: string; outcome: string; error?: string }

/**
 * Runs the retry of every unfinished return, one at a time, each under its order's
 * returns lock: a receipt still running in another request holds that lock, and by the
 * time it is free its return is no longer unfinished. A return that fails is reported
 * and left for the next run. Each retry is its own workflow with its own compensation.
 */
export const finishInterruptedReturnsStep = createStep(
  finishInterruptedReturnsStepId,
  async (input: { actor: string; limit: number }, { container }) => {
    const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
    const unfinished = await storeReturns.listStoreReturns({ status: UNFINISHED as any }, { take: input.limit, order: { updated_at: "ASC" } })
    const finished: FinishedReturn[] = []
    for (const storeReturn of unfinished) {
      try {
        const { result } = await retryStoreReturnRefundWorkflow(container).run({
          input: { store_return_id: storeReturn.id, refunded_by: input.actor },
        })
        finished.push({ id: storeReturn.id, outcome: result.outcome === "undone" ? "undone" : (result.store_return?.status ?? "unchanged") })
      } catch (error: any) {
        finished.push({ id: storeReturn.id, outcome: "failed", error: error?.message ?? String(error) })
      }
    }
    return new StepResponse(finished)
  },
)
