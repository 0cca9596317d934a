import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import type { CounterSaleMetadata } from "../../lib/counter-sale"
import { ensureStoreChannel } from "../../lib/store-channel"

export const createCounterCartStepId = "create-counter-cart"

/**
 * The sale's basket: a cart in the store's sales channel and region, with the
 * store's address as where the goods go (taxes as in that country), marked as
 * a counter sale of that store. Compensation deletes it.
 */
export const createCounterCartStep = createStep(
  createCounterCartStepId,
  async ({ location_id, actor_id }: { location_id: string; actor_id: string }, { container }) => {
    const channel = await ensureStoreChannel(container, location_id)
    const metadata: CounterSaleMetadata = { channel: "store", counter_sale: true, store_location_id: channel.location_id, opened_by: actor_id }
    const { result } = await createCartWorkflow(container).run({
      input: {
        region_id: channel.region_id,
        sales_channel_id: channel.sales_channel_id,
        currency_code: channel.currency_code,
        shipping_address: {
          first_name: channel.name,
          address_1: channel.address.address_1 ?? undefined,
          city: channel.address.city ?? undefined,
          postal_code: channel.address.postal_code ?? undefined,
          country_code: channel.address.country_code,
        },
        metadata,
      },
    })
    return new StepResponse({ id: result.id }, result.id)
  },
  async (cartId, { container }) => {
    if (!cartId) return
    await container.resolve(Modules.CART).deleteCarts([cartId])
  },
)
