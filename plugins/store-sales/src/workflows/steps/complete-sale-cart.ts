import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import type { LoadedCounterSale } from "./load-counter-sale"

export const completeSaleCartStepId = "complete-sale-cart"

const isStockError = (message: string) => /stock|inventory/i.test(message)

/**
 * Medusa's cart completion makes the order in the store's channel, reserves
 * its units at the channel's only location (the store) under Medusa's
 * inventory lock, and authorises the system payment. A retry finds the order
 * already made. A unit another sale (a web click-and-collect order, another
 * till) took first is refused with a message for the till, nothing kept.
 * Compensation cancels the order (reservations released, payment voided or
 * refunded) if this run made it.
 */
export const completeSaleCartStep = createStep(
  completeSaleCartStepId,
  async ({ sale }: { sale: LoadedCounterSale }, { container }) => {
    if (sale.order_id) return new StepResponse({ order_id: sale.order_id }, null)
    let orderId: string
    try {
      const { result } = await completeCartWorkflow(container).run({ input: { id: sale.cart_id } })
      orderId = result.id
    } catch (error) {
      const message = (error as Error).message ?? String(error)
      if (isStockError(message)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Not enough stock at ${sale.store_name} any more: another sale took the last unit(s) of an item in this basket. Check the basket's stock and take that item off. (${message})`,
        )
      }
      throw error
    }
    crashPoint("store-sale.complete.after-order")
    return new StepResponse({ order_id: orderId }, { order_id: orderId })
  },
  async (made, { container }) => {
    if (!made) return
    await cancelOrderWorkflow(container).run({ input: { order_id: made.order_id, no_notification: true } })
  },
)
