import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import type { TillPayment } from "../../lib/counter-sale"
import type { LoadedCounterSale } from "./load-counter-sale"

export const prepareTillPaymentStepId = "prepare-till-payment"

/** Medusa's system provider: no card is processed, the money was taken at the till. */
export const TILL_PROVIDER_ID = "pp_system_default"

/**
 * Writes the till payment on the cart (it becomes the order's metadata) and
 * gives the cart a payment session with the system provider for its total,
 * which Medusa's completion authorises. Nothing to do for a sale already
 * completed. Compensation puts the cart's metadata back.
 */
export const prepareTillPaymentStep = createStep(
  prepareTillPaymentStepId,
  async ({ sale, plan, actor_id }: { sale: LoadedCounterSale; plan: TillPayment | null; actor_id: string }, { container }) => {
    if (sale.order_id || !plan) return new StepResponse(null, null)
    const cartModule = container.resolve(Modules.CART)
    const cart = await cartModule.retrieveCart(sale.cart_id)
    const previous = cart.metadata ?? {}
    await cartModule.updateCarts(sale.cart_id, { metadata: { ...previous, till_payment: plan, completed_by: actor_id } })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const read = async () =>
      (
        await query.graph({
          entity: "cart",
          fields: ["payment_collection.id", "payment_collection.payment_sessions.provider_id", "payment_collection.payment_sessions.status"],
          filters: { id: sale.cart_id },
        })
      ).data[0] as any
    let row = await read()
    if (!row?.payment_collection?.id) {
      await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: sale.cart_id } })
      row = await read()
    }
    const collection = row.payment_collection
    const hasSession = (collection.payment_sessions ?? []).some((session: any) => session?.provider_id === TILL_PROVIDER_ID)
    if (!hasSession) {
      await createPaymentSessionsWorkflow(container).run({
        input: { payment_collection_id: collection.id, provider_id: TILL_PROVIDER_ID },
      })
    }
    return new StepResponse({ payment_collection_id: collection.id }, { cart_id: sale.cart_id, metadata: previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.CART).updateCarts(undo.cart_id, { metadata: undo.metadata })
  },
)
