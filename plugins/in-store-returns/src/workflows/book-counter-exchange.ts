import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginExchangeOrderWorkflow,
  confirmExchangeRequestWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  reserveInventoryStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { crashPointStep } from "@fairmade/shop-core/workflows/steps/crash-point"
import { cancelBookedReturnStep } from "./steps/cancel-booked-return"
import { repointStoreReturnStep } from "./steps/repoint-store-return"

export type BookCounterExchangeInput = {
  store_return_id: string
  order_id: string
  // The shopper's return as booked; nothing of it was received yet.
  return_id: string
  // The store: where the returned units come back to and the new ones are taken from.
  location_id: string
  return_items: { id: string; quantity: number; reason_id?: string | null; note?: string | null }[]
  new_items: { variant_id: string; quantity: number; unit_price: number }[]
  created_by: string
  description: string
}

export const bookCounterExchangeWorkflowId = "book-counter-exchange"

/**
 * Turns a booked return into a Medusa exchange at the counter. Medusa's exchange needs
 * its own inbound return, and a unit cannot be requested on two returns, so the
 * shopper's return is canceled (`cancelBookedReturnStep`) and its items (same
 * quantities, reasons and notes) are requested again as the exchange's inbound side at
 * this store; the new variants are
 * its outbound side at the agreed prices. Once confirmed, our record points at the
 * exchange's return (the caller receives it with this store's location), and the new
 * lines are reserved at this store, fulfilled from it (its stock falls, no other's) and
 * marked delivered: the shopper leaves with them. Every stage is a Medusa workflow or a
 * step with its own compensation, so a failure anywhere restores the booked return.
 */
export const bookCounterExchangeWorkflow = createWorkflow(bookCounterExchangeWorkflowId, (input: BookCounterExchangeInput) => {
  cancelBookedReturnStep({ return_id: input.return_id, canceled_by: input.created_by })
  const orderChange = beginExchangeOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, created_by: input.created_by, description: input.description })),
  })
  const exchangeId = transform({ orderChange }, ({ orderChange }) => orderChange.exchange_id as string)
  orderExchangeRequestItemReturnWorkflow.runAsStep({
    input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({
      exchange_id: exchangeId,
      // Unused while the exchange has no return yet: Medusa creates it at this location.
      return_id: "",
      location_id: input.location_id,
      items: input.return_items.map((item) => ({
        id: item.id,
        quantity: item.quantity,
        ...(item.reason_id && { reason_id: item.reason_id }),
        ...(item.note && { note: item.note }),
      })),
    })),
  })
  orderExchangeAddNewItemWorkflow.runAsStep({
    input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({ exchange_id: exchangeId, items: input.new_items })),
  })
  crashPointStep("returns.exchange.before-confirm").config({ name: "crash-before-exchange-confirm" })
  confirmExchangeRequestWorkflow.runAsStep({
    input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({ exchange_id: exchangeId, confirmed_by: input.created_by })),
  })

  const { data: exchanges } = useQueryGraphStep({
    entity: "order_exchange",
    fields: [
      "id",
      "return_id",
      "additional_items.item_id",
      "additional_items.quantity",
      "additional_items.item.variant_id",
      "additional_items.item.variant.manage_inventory",
      "additional_items.item.variant.allow_backorder",
      "additional_items.item.variant.inventory_items.inventory_item_id",
      "additional_items.item.variant.inventory_items.required_quantity",
    ],
    filters: { id: exchangeId },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "exchange-booked" })
  const exchange = transform({ exchanges }, ({ exchanges }) => exchanges[0] as any)
  crashPointStep("returns.exchange.after-confirm").config({ name: "crash-after-exchange-confirm" })
  repointStoreReturnStep(
    transform({ exchange, input }, ({ exchange, input }) => ({ store_return_id: input.store_return_id, return_id: exchange.return_id as string })),
  )

  reserveInventoryStep(
    transform({ exchange, input }, ({ exchange, input }) => ({
      items: ((exchange.additional_items ?? []) as any[])
        .filter((added) => added.item?.variant?.manage_inventory)
        .flatMap((added) =>
          (added.item.variant.inventory_items ?? []).map((link: any) => ({
            id: added.item_id as string,
            variant_id: added.item.variant_id as string,
            quantity: added.quantity,
            inventory_item_id: link.inventory_item_id as string,
            required_quantity: link.required_quantity ?? 1,
            allow_backorder: !!added.item.variant.allow_backorder,
            location_ids: [input.location_id],
          })),
        ),
    })),
  )
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ exchange, input }, ({ exchange, input }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      created_by: input.created_by,
      items: ((exchange.additional_items ?? []) as any[]).map((added) => ({ id: added.item_id as string, quantity: added.quantity })),
    })),
  })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ fulfillment, input }, ({ fulfillment, input }) => ({ orderId: input.order_id, fulfillmentId: fulfillment.id })),
  })
  return new WorkflowResponse(transform({ exchange }, ({ exchange }) => ({ exchange_id: exchange.id as string, return_id: exchange.return_id as string })))
})
