import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  cancelBeginOrderExchangeWorkflow,
  cancelReturnReceiveWorkflow,
  confirmReturnReceiveWorkflow,
  createOrderFulfillmentWorkflow,
  dismissItemReturnRequestWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  receiveItemReturnRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import { STORE_RETURN_MODULE } from "../modules/store-return"
import type StoreReturnModuleService from "../modules/store-return/service"
import type { VisitInProgress } from "../workflows/steps/start-return-visit"

type StoreReturnRow = { id: string; order_id: string; return_id: string; location_id: string }
type ExchangeRow = { id: string; return_id: string; created_at: string | Date; canceled_at?: unknown }

const units = (value: unknown) => MathBN.convert((value as any) ?? 0).toNumber()

/** The exchange a visit started, if Medusa got as far as creating it: the order's newest one begun since the visit. */
export async function exchangeOfVisit(container: MedusaContainer, storeReturn: StoreReturnRow, inProgress: VisitInProgress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_exchange",
    fields: ["id", "return_id", "created_at", "canceled_at"],
    filters: { order_id: storeReturn.order_id },
  })
  const since = new Date(inProgress.visit.received_at).getTime()
  const exchange = (data as ExchangeRow[])
    .filter((row) => !row.canceled_at && new Date(row.created_at).getTime() >= since - 1000)
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0]
  if (!exchange) return null
  const { data: changes } = await query.graph({ entity: "order_change", fields: ["id", "status"], filters: { exchange_id: exchange.id } })
  return { ...exchange, confirmed: (changes as { status: string }[]).some((change) => change.status === "confirmed") }
}

/**
 * Undoes an exchange a crash stopped before Medusa confirmed it: the begun exchange (its
 * order change, return and new lines) is deleted with Medusa's `cancelBeginOrderExchangeWorkflow`,
 * and the shopper's booked return, canceled to make way for it, is restored as
 * `cancelBookedReturnStep`'s compensation does. Returns false when the exchange was
 * confirmed: then it is finished instead (`finishConfirmedExchange`).
 */
export async function undoUnconfirmedExchange(container: MedusaContainer, storeReturn: StoreReturnRow, inProgress: VisitInProgress) {
  const exchange = await exchangeOfVisit(container, storeReturn, inProgress)
  if (exchange?.confirmed) return false
  if (exchange) await cancelBeginOrderExchangeWorkflow(container).run({ input: { exchange_id: exchange.id } })
  const orders = container.resolve(Modules.ORDER)
  const booked = await orders.retrieveReturn(inProgress.return_id, { select: ["id", "order_id", "status", "canceled_at"] })
  if (booked.status === "canceled" || (booked as any).canceled_at) {
    // Exchanges are only taken before anything of the return was received: it was "requested".
    await orders.updateReturns([{ selector: { id: booked.id }, data: { status: "requested", canceled_at: null } as any }])
    await orders.revertLastVersion(booked.order_id)
  }
  return true
}

/**
 * Finishes an exchange Medusa confirmed before a crash, with the steps
 * `bookCounterExchangeWorkflow` had left, each skipped when already done: our record
 * points at the exchange's return, the new lines are reserved at the store, fulfilled
 * from it and delivered; then the exchange's return is received as the visit said
 * (resellable restocked at the store, damaged written off). Returns the exchange's id.
 */
export async function finishConfirmedExchange(container: MedusaContainer, storeReturn: StoreReturnRow, inProgress: VisitInProgress) {
  const exchange = await exchangeOfVisit(container, storeReturn, inProgress)
  if (!exchange?.confirmed) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeReturns: StoreReturnModuleService = container.resolve(STORE_RETURN_MODULE)
  if (storeReturn.return_id !== exchange.return_id) await storeReturns.updateStoreReturns({ id: storeReturn.id, return_id: exchange.return_id })

  const { data: exchanges } = await query.graph({
    entity: "order_exchange",
    fields: [
      "additional_items.item_id",
      "additional_items.quantity",
      "additional_items.item.variant_id",
      "additional_items.item.variant.manage_inventory",
      "additional_items.item.variant.inventory_items.inventory_item_id",
      "additional_items.item.variant.inventory_items.required_quantity",
    ],
    filters: { id: exchange.id },
  })
  const added = (((exchanges[0] as any)?.additional_items ?? []) as any[]).filter((entry) => entry?.item_id)
  const lineIds = added.map((entry) => entry.item_id as string)

  const inventory = container.resolve(Modules.INVENTORY)
  const reserved = lineIds.length ? await inventory.listReservationItems({ line_item_id: lineIds }) : []
  const toReserve = added
    .filter((entry) => entry.item?.variant?.manage_inventory && !reserved.some((row: any) => row.line_item_id === entry.item_id))
    .flatMap((entry) =>
      (entry.item.variant.inventory_items ?? []).map((link: any) => ({
        line_item_id: entry.item_id as string,
        inventory_item_id: link.inventory_item_id as string,
        location_id: storeReturn.location_id,
        quantity: MathBN.mult(entry.quantity, link.required_quantity ?? 1),
      })),
    )
  if (toReserve.length) await inventory.createReservationItems(toReserve as any)

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.detail.fulfilled_quantity", "fulfillments.id", "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id"],
    filters: { id: storeReturn.order_id },
  })
  const order = orders[0] as any
  const unfulfilled = added.filter((entry) => {
    const line = (order.items ?? []).find((item: any) => item.id === entry.item_id)
    return units(line?.detail?.fulfilled_quantity) < units(entry.quantity)
  })
  if (unfulfilled.length) {
    const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
      input: {
        order_id: storeReturn.order_id,
        location_id: storeReturn.location_id,
        items: unfulfilled.map((entry) => ({ id: entry.item_id as string, quantity: units(entry.quantity) })),
      },
    })
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: storeReturn.order_id, fulfillmentId: fulfillment.id } })
  }
  for (const fulfillment of order.fulfillments ?? []) {
    const carriesNewLine = (fulfillment.items ?? []).some((item: any) => lineIds.includes(item.line_item_id))
    if (carriesNewLine && !fulfillment.delivered_at && !fulfillment.canceled_at) {
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: storeReturn.order_id, fulfillmentId: fulfillment.id } })
    }
  }

  const lines = inProgress.visit.lines
  const pick = (condition: string) => lines.filter((line) => line.condition === condition).map((line) => ({ id: line.item_id, quantity: line.quantity }))
  const createdBy = inProgress.visit.received_by
  // A receipt begun on the exchange's return and not confirmed is started over.
  const { data: openChanges } = await query.graph({ entity: "order_change", fields: ["id"], filters: { return_id: exchange.return_id, status: ["pending", "requested"] } })
  if (openChanges.length) await cancelReturnReceiveWorkflow(container).run({ input: { return_id: exchange.return_id } })
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: exchange.return_id, created_by: createdBy } })
  if (pick("resellable").length) await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: exchange.return_id, items: pick("resellable") } })
  if (pick("damaged").length) await dismissItemReturnRequestWorkflow(container).run({ input: { return_id: exchange.return_id, items: pick("damaged") } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id: exchange.return_id, confirmed_by: createdBy } })
  return exchange.id
}
