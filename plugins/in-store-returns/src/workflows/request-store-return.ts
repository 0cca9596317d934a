import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  releaseLockStep,
  requestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { STORE_RETURN_EVENTS } from "../lib/events"
import { ORDER_FOR_RETURNS_FIELDS, type OrderForReturns } from "../lib/order-for-returns"
import { RETURN_REASON_CODES } from "../lib/return-reasons"
import { lockOrderReturnsStep } from "./steps/lock-order-returns"
import { captureAuthorisedPaymentsStep } from "./steps/capture-authorised-payments"
import { createStoreReturnStep } from "./steps/create-store-return"
import { resolveReturnLocationStep, type ReturnMethod } from "./steps/resolve-return-location"
import { retrieveReturnPolicyStep } from "./steps/retrieve-return-policy"
import { validateReturnRequestStep, type RequestedReturnItem } from "./steps/validate-return-request"

export type RequestStoreReturnInput = {
  order_id: string
  items: RequestedReturnItem[]
  method: ReturnMethod
  location_id?: string | null
  // The shopper asking (the order must be theirs), or null when staff book it at the counter.
  customer_id: string | null
  requested_by: string
}

export const requestStoreReturnWorkflowId = "request-store-return"

/**
 * Books a return: policy checks, a payment still only authorised captured (see
 * `captureAuthorisedPaymentsStep`), then Medusa's multi-step return at the request stage
 * (begin with the location the items come back to, request the items with their
 * reasons, confirm the request), then our record with the counter code. The order is
 * locked meanwhile so two requests cannot both claim the last returnable unit.
 */
export const requestStoreReturnWorkflow = createWorkflow(requestStoreReturnWorkflowId, (input: RequestStoreReturnInput) => {
  const lockKey = lockOrderReturnsStep({ order_id: input.order_id })
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_FOR_RETURNS_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "order-for-return" })
  const { data: reasons } = useQueryGraphStep({
    entity: "return_reason",
    fields: ["id", "value"],
    filters: { value: RETURN_REASON_CODES },
  }).config({ name: "return-reasons" })
  const policy = retrieveReturnPolicyStep()
  const order = transform({ orders }, ({ orders }) => orders[0] as unknown as OrderForReturns)

  const known_reason_codes = transform({ reasons }, ({ reasons }) => reasons.map((reason: any) => reason.value as string))
  validateReturnRequestStep({ order, policy, items: input.items, customer_id: input.customer_id, known_reason_codes })
  const location = resolveReturnLocationStep({ method: input.method, location_id: input.location_id })

  captureAuthorisedPaymentsStep({ order_id: input.order_id, captured_by: input.requested_by })
  const orderChange = beginReturnOrderWorkflow.runAsStep({
    input: transform({ input, location }, ({ input, location }) => ({
      order_id: input.order_id,
      location_id: location.id,
      created_by: input.requested_by,
      description: `${input.method} return`,
    })),
  })
  const returnId = transform({ orderChange }, ({ orderChange }) => orderChange.return_id as string)

  requestItemReturnWorkflow.runAsStep({
    input: transform({ returnId, input, reasons }, ({ returnId, input, reasons }) => ({
      return_id: returnId,
      items: input.items.map((item) => ({
        id: item.id,
        quantity: item.quantity,
        reason_id: (reasons as any[]).find((reason) => reason.value === item.reason_code)?.id,
        note: item.note ?? undefined,
      })),
    })),
  })
  confirmReturnRequestWorkflow.runAsStep({
    input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.requested_by })),
  })

  const storeReturn = createStoreReturnStep(
    transform({ returnId, input, order, location }, ({ returnId, input, order, location }) => ({
      return_id: returnId,
      order_id: input.order_id,
      customer_id: order.customer_id ?? null,
      method: input.method,
      location_id: location.id,
      currency_code: order.currency_code,
    })),
  )

  // The shopper gets the counter code by e-mail (sent after the workflow commits).
  emitEventStep({
    eventName: STORE_RETURN_EVENTS.REQUESTED,
    data: transform({ storeReturn }, ({ storeReturn }) => ({ id: storeReturn.id })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(storeReturn)
})
