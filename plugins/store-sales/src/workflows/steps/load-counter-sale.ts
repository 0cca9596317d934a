import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { loadCounterSale, orderIdOfSale, type TillPayment } from "../../lib/counter-sale"
import { ensureStoreChannel } from "../../lib/store-channel"

export type LoadedCounterSale = {
  cart_id: string
  location_id: string
  store_name: string
  sales_channel_id: string
  shipping_option_id: string
  currency_code: string
  total: string
  line_count: number
  order_id: string | null
  till_payment: TillPayment | null
}

export const loadCounterSaleStepId = "load-counter-sale"

/**
 * Reads the sale (404 for another store's), its store's channel and counter
 * option, and the order it already became (a retry after a crash or a double
 * tap). A sale whose cart is not in its store's channel is refused.
 */
export const loadCounterSaleStep = createStep(
  loadCounterSaleStepId,
  async ({ sale_id, store_ids }: { sale_id: string; store_ids?: string[] }, { container }) => {
    const cart = await loadCounterSale(container, sale_id, store_ids)
    const channel = await ensureStoreChannel(container, cart.metadata.store_location_id)
    if (cart.sales_channel_id !== channel.sales_channel_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Counter sale ${sale_id} is not in ${channel.name}'s sales channel.`)
    }
    const loaded: LoadedCounterSale = {
      cart_id: cart.id,
      location_id: channel.location_id,
      store_name: channel.name,
      sales_channel_id: channel.sales_channel_id,
      shipping_option_id: channel.shipping_option_id,
      currency_code: cart.currency_code,
      total: MathBN.convert((cart.total ?? 0) as number).toString(),
      line_count: cart.items.length,
      order_id: await orderIdOfSale(container, cart.id),
      till_payment: cart.metadata.till_payment ?? null,
    }
    return new StepResponse(loaded)
  },
)
