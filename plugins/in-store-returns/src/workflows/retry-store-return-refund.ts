import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { crashPointStep } from "@fairmade/shop-core/workflows/steps/crash-point"
import { STORE_RETURN_EVENTS } from "../lib/events"
import { lockOrderReturnsStep } from "./steps/lock-order-returns"
import { recordReturnVisitStep } from "./steps/record-return-visit"
import { refundStoreReturnStep } from "./steps/refund-store-return"
import { settleInterruptedVisitStep } from "./steps/settle-interrupted-visit"
import { validateRefundRetryStep } from "./steps/validate-refund-retry"

export const retryStoreReturnRefundWorkflowId = "retry-store-return-refund"

/**
 * Finishes what a return's counter visit left undone, from where it stopped: a visit
 * cut short ("receiving", e.g. the process died) is recorded if Medusa received its
 * units, or undone if not; then what is owed ("refund_pending", "refund_failed") is
 * refunded, never twice (see `refundStoreReturnStep`). Staff run it with "Retry"; the
 * recovery job runs it for returns left unfinished.
 */
export const retryStoreReturnRefundWorkflow = createWorkflow(
  retryStoreReturnRefundWorkflowId,
  (input: { store_return_id: string; refunded_by: string }) => {
    const { data } = useQueryGraphStep({
      entity: "store_return",
      fields: ["id", "order_id"],
      filters: { id: input.store_return_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "store-return-order" })
    const orderId = transform({ data }, ({ data }) => (data[0] as any).order_id as string)
    const lockKey = lockOrderReturnsStep({ order_id: orderId })
    // Read the status again under the lock: a concurrent retry may have paid it meanwhile.
    const { data: locked } = useQueryGraphStep({
      entity: "store_return",
      fields: ["id", "status"],
      filters: { id: input.store_return_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "store-return-under-lock" })
    const storeReturn = transform({ locked }, ({ locked }) => locked[0] as any)
    validateRefundRetryStep({ status: storeReturn.status, id: storeReturn.id })
    const settled = settleInterruptedVisitStep({ store_return_id: input.store_return_id })
    when("record-settled-visit", { settled }, ({ settled }) => settled.outcome === "received").then(() => {
      recordReturnVisitStep(transform({ settled, input }, ({ settled, input }) => ({ store_return_id: input.store_return_id, visit: (settled as any).visit })))
      crashPointStep("returns.retry.after-record-visit").config({ name: "crash-after-settled-visit" })
    })
    const refunded = when("refund-what-is-owed", { settled }, ({ settled }) => settled.outcome !== "undone").then(() =>
      refundStoreReturnStep({ store_return_id: input.store_return_id, refunded_by: input.refunded_by }),
    )
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: STORE_RETURN_EVENTS.REFUND_RETRIED, data: { id: input.store_return_id } })
    return new WorkflowResponse(transform({ refunded, settled }, ({ refunded, settled }) => ({ store_return: refunded ?? null, outcome: settled.outcome })))
  },
)
