import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const reopenCartStepId = "reopen-cart"

type Undo = { cart_id: string; order_id: string; payment_collection_ids: string[]; completed_at: Date | string | null }

/**
 * Makes a cart payable again, before its unpaid order is canceled: the order lets go of
 * the cart and of the cart's payment collection (so canceling the order does not cancel
 * the collection the shopper pays with next), and the cart is no longer completed, so
 * completing it again (with a new payment session) places a new order instead of
 * answering with the canceled one. Compensation links both back and restores the date.
 */
export const reopenCartStep = createStep(
  reopenCartStepId,
  async (input: { cart_id: string; order_id: string }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const cart = await carts.retrieveCart(input.cart_id, { select: ["id", "completed_at"] })
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["payment_collections.id"],
      filters: { id: input.order_id },
    })
    const collectionIds = ((data[0] as any)?.payment_collections ?? []).map((collection: any) => collection.id as string)
    await link.dismiss([
      { [Modules.ORDER]: { order_id: input.order_id }, [Modules.CART]: { cart_id: input.cart_id } },
      ...collectionIds.map((id: string) => ({ [Modules.ORDER]: { order_id: input.order_id }, [Modules.PAYMENT]: { payment_collection_id: id } })),
    ])
    await carts.updateCarts(input.cart_id, { completed_at: null } as any)
    const undo: Undo = { cart_id: input.cart_id, order_id: input.order_id, payment_collection_ids: collectionIds, completed_at: cart.completed_at ?? null }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(ContainerRegistrationKeys.LINK).create([
      { [Modules.ORDER]: { order_id: undo.order_id }, [Modules.CART]: { cart_id: undo.cart_id } },
      ...undo.payment_collection_ids.map((id) => ({ [Modules.ORDER]: { order_id: undo.order_id }, [Modules.PAYMENT]: { payment_collection_id: id } })),
    ])
    await container.resolve(Modules.CART).updateCarts(undo.cart_id, { completed_at: undo.completed_at } as any)
  },
)
