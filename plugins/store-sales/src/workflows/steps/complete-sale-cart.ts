import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { cancelOrderWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { crashPoint } from "@fairmade/shop-core/lib/crash-point"
import { loadCounterSale } from "../../lib/counter-sale"
import { storeStock } from "../../lib/store-stock"
import type { LoadedCounterSale } from "./load-counter-sale"

export const completeSaleCartStepId = "complete-sale-cart"

const isStockError = (message: string) => /stock|inventory/i.test(message)

/** Whether some line of the basket wants more than the store's shelf has free now. */
async function basketExceedsShelf(container: Parameters<typeof storeStock>[0], sale: LoadedCounterSale): Promise<boolean> {
  const cart = await loadCounterSale(container, sale.cart_id).catch(() => null)
  if (!cart) return false
  const free = await storeStock(container, cart.items.map((item) => item.variant_id).filter((id): id is string => !!id), sale.location_id)
  return cart.items.some((item) => {
    const units = item.variant_id ? free.get(item.variant_id) : null
    return units !== null && units !== undefined && MathBN.convert(item.quantity as number).toNumber() > units
  })
}

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
      // Medusa's own words when the unit was taken first; or, whatever it answered, a shelf that no longer holds the basket.
      if (isStockError(message) || (await basketExceedsShelf(container, sale))) {
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
