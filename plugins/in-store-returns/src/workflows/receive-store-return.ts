import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  dismissItemReturnRequestWorkflow,
  emitEventStep,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { planExchange } from "../lib/exchange-plan"
import { ORDER_FOR_RETURNS_FIELDS, type OrderForReturns } from "../lib/order-for-returns"
import { planReceipt, type ReceivedItemInput } from "../lib/receive-plan"
import { STORE_RETURN_EVENTS } from "../lib/events"
import { crashPointStep } from "@fairmade/shop-core/workflows/steps/crash-point"
import { bookCounterExchangeWorkflow } from "./book-counter-exchange"
import { lockOrderReturnsStep } from "./steps/lock-order-returns"
import { ensureInventoryLevelsStep } from "./steps/ensure-inventory-levels"
import { recordReturnVisitStep } from "./steps/record-return-visit"
import { startReturnVisitStep } from "./steps/start-return-visit"
import { refundStoreReturnStep } from "./steps/refund-store-return"
import { retrieveExchangeVariantsStep } from "./steps/retrieve-exchange-variants"
import { retrieveReturnPolicyStep } from "./steps/retrieve-return-policy"
import { validateReturnReceiptStep } from "./steps/validate-return-receipt"

export type ReceiveStoreReturnInput = {
  store_return_id: string
  // The counter's location; it must be the return's.
  location_id: string
  items: ReceivedItemInput[]
  received_by: string
}

export const receiveStoreReturnWorkflowId = "receive-store-return"

const RETURN_FIELDS = [
  "id",
  "status",
  "canceled_at",
  "location_id",
  "items.item_id",
  "items.quantity",
  "items.received_quantity",
  "items.damaged_quantity",
  "items.reason.value",
  "items.reason_id",
  "items.note",
  "items.item.variant.manage_inventory",
  "items.item.variant.inventory_items.inventory_item_id",
]

/**
 * Staff receive a return at their store, and the shopper is refunded, in one workflow:
 * Medusa's receive stage with the return's location (resellable units are restocked
 * there, damaged ones received as written off), then the refund of what was paid for
 * the refundable units. Units staff exchange for another variant are not refunded: a
 * Medusa exchange hands the new variant over from this store's stock, and only a
 * price difference in the shopper's favour is refunded (rule: `planExchange`).
 * Anything failing up to the receipt and exchange rolls them back; a failing refund
 * does not: the return stays received with status "refund_failed". Progress is on
 * record at each stage ("receiving" with the visit, then "refund_pending"), so after a
 * crash `retryStoreReturnRefundWorkflow` (staff's "Retry", or the recovery job) finishes
 * from where it stopped. The order's
 * returns lock is held throughout, so a second concurrent receipt of the same return
 * waits and is then refused for lack of expected items.
 */
export const receiveStoreReturnWorkflow = createWorkflow(receiveStoreReturnWorkflowId, (input: ReceiveStoreReturnInput) => {
  const { data: orderOfReturn } = useQueryGraphStep({
    entity: "store_return",
    fields: ["id", "order_id"],
    filters: { id: input.store_return_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "store-return-order" })
  const lockKey = lockOrderReturnsStep({ order_id: transform({ orderOfReturn }, ({ orderOfReturn }) => (orderOfReturn[0] as any).order_id as string) })
  // Read under the lock: a concurrent exchange may have moved the return to another Medusa return meanwhile.
  const { data: storeReturns } = useQueryGraphStep({
    entity: "store_return",
    fields: ["id", "return_id", "order_id", "location_id", "status"],
    filters: { id: input.store_return_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "store-return" })
  const storeReturn = transform({ storeReturns }, ({ storeReturns }) => storeReturns[0] as any)
  const { data: orderReturns } = useQueryGraphStep({
    entity: "return",
    fields: RETURN_FIELDS,
    filters: { id: storeReturn.return_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "order-return" })
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_FOR_RETURNS_FIELDS,
    filters: { id: storeReturn.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "order-for-receipt" })
  const policy = retrieveReturnPolicyStep()
  const orderReturn = transform({ orderReturns }, ({ orderReturns }) => orderReturns[0] as any)

  validateReturnReceiptStep({ store_return: storeReturn, order_return: orderReturn, location_id: input.location_id })
  const plan = transform({ orders, orderReturn, input, policy }, ({ orders, orderReturn, input, policy }) =>
    planReceipt(orders[0] as unknown as OrderForReturns, orderReturn.items, input.items, policy),
  )

  const orderForExchange = transform({ orders }, ({ orders }) => orders[0] as any)
  const variants = retrieveExchangeVariantsStep(
    transform({ plan, input, orderForExchange }, ({ plan, input, orderForExchange }) => ({
      variant_ids: [...new Set(plan.lines.flatMap((line) => (line.exchange_for_variant_id ? [line.exchange_for_variant_id] : [])))],
      location_id: input.location_id,
      region_id: orderForExchange.region_id ?? null,
      currency_code: orderForExchange.currency_code,
    })),
  )
  const exchange = transform({ orders, plan, variants, orderReturn }, ({ orders, plan, variants, orderReturn }) =>
    planExchange(orders[0] as unknown as OrderForReturns, plan.lines, variants, orderReturn.status),
  )

  ensureInventoryLevelsStep(
    transform({ orderReturn, input }, ({ orderReturn, input }) => ({
      location_id: input.location_id,
      inventory_item_ids: (orderReturn.items as any[])
        .filter((item) => item.item?.variant?.manage_inventory)
        .flatMap((item) => (item.item.variant.inventory_items ?? []).map((link: any) => link.inventory_item_id as string)),
    })),
  )

  // Written down before Medusa receives anything, so a crash from here on can be finished or undone.
  const receivedAt = transform({}, () => new Date().toISOString())
  startReturnVisitStep(
    transform({ input, exchange, orderReturn, plan, receivedAt }, ({ input, exchange, orderReturn, plan, receivedAt }) => {
      const receivedBefore: Record<string, number> = {}
      for (const item of orderReturn.items as any[]) {
        receivedBefore[item.item_id] =
          (receivedBefore[item.item_id] ?? 0) + MathBN.convert(item.received_quantity ?? 0).toNumber() + MathBN.convert(item.damaged_quantity ?? 0).toNumber()
      }
      const receiving: Record<string, number> = {}
      for (const entry of [...plan.resellable, ...plan.damaged]) receiving[entry.id] = (receiving[entry.id] ?? 0) + entry.quantity
      return {
        store_return_id: input.store_return_id,
        in_progress: {
          visit: { received_at: receivedAt, received_by: input.received_by, location_id: input.location_id, lines: exchange.lines, refund_due: exchange.refund_due },
          return_id: orderReturn.id as string,
          received_before: receivedBefore,
          receiving,
        },
      }
    }),
  )
  crashPointStep("returns.receive.after-start-visit").config({ name: "crash-after-start-visit" })

  // An exchange first takes the booked return over (Medusa's exchange has its own return); the receipt then goes to that one.
  const booked = when("book-exchange", { exchange }, ({ exchange }) => exchange.new_items.length > 0).then(() =>
    bookCounterExchangeWorkflow.runAsStep({
      input: transform({ storeReturn, orderReturn, input, exchange }, ({ storeReturn, orderReturn, input, exchange }) => ({
        store_return_id: storeReturn.id as string,
        order_id: storeReturn.order_id as string,
        return_id: storeReturn.return_id as string,
        location_id: input.location_id,
        created_by: input.received_by,
        description: `Exchange at the counter, return ${storeReturn.id}`,
        return_items: (orderReturn.items as any[]).map((item) => ({
          id: item.item_id as string,
          quantity: MathBN.convert(item.quantity).toNumber(),
          reason_id: item.reason_id ?? null,
          note: item.note ?? null,
        })),
        new_items: exchange.new_items.map((item) => ({ variant_id: item.variant_id, quantity: item.quantity, unit_price: item.unit_price })),
      })),
    }),
  )
  const returnId = transform({ storeReturn, booked }, ({ storeReturn, booked }) => (booked?.return_id ?? storeReturn.return_id) as string)
  beginReceiveReturnWorkflow.runAsStep({
    input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, created_by: input.received_by })),
  })
  when("receive-resellable", { plan }, ({ plan }) => plan.resellable.length > 0).then(() => {
    receiveItemReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, plan }, ({ returnId, plan }) => ({ return_id: returnId, items: plan.resellable })),
    })
  })
  when("receive-damaged", { plan }, ({ plan }) => plan.damaged.length > 0).then(() => {
    dismissItemReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, plan }, ({ returnId, plan }) => ({ return_id: returnId, items: plan.damaged })),
    })
  })
  confirmReturnReceiveWorkflow.runAsStep({
    input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.received_by })),
  })

  crashPointStep("returns.receive.after-medusa-receive").config({ name: "crash-after-medusa-receive" })
  recordReturnVisitStep(
    transform({ input, exchange, booked, receivedAt }, ({ input, exchange, booked, receivedAt }) => ({
      store_return_id: input.store_return_id,
      visit: {
        received_at: receivedAt,
        received_by: input.received_by,
        location_id: input.location_id,
        lines: exchange.lines,
        refund_due: exchange.refund_due,
        ...(booked?.exchange_id && { exchange_id: booked.exchange_id }),
      },
    })),
  )
  crashPointStep("returns.receive.before-refund").config({ name: "crash-before-refund" })
  const refunded = refundStoreReturnStep({ store_return_id: input.store_return_id, refunded_by: input.received_by })
  releaseLockStep({ key: lockKey })
  emitEventStep({ eventName: STORE_RETURN_EVENTS.RECEIVED, data: { id: input.store_return_id } })
  return new WorkflowResponse(refunded)
})
