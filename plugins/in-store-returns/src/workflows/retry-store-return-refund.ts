import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { STORE_RETURN_EVENTS } from "../lib/events"
import { lockOrderReturnsStep } from "./steps/lock-order-returns"
import { refundStoreReturnStep } from "./steps/refund-store-return"
import { validateRefundRetryStep } from "./steps/validate-refund-retry"

export const retryStoreReturnRefundWorkflowId = "retry-store-return-refund"

/** Tries again to pay a received return's pending refund (e.g. once the payment is captured). */
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
    const refunded = refundStoreReturnStep({ store_return_id: input.store_return_id, refunded_by: input.refunded_by })
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: STORE_RETURN_EVENTS.REFUND_RETRIED, data: { id: input.store_return_id } })
    return new WorkflowResponse(refunded)
  },
)
