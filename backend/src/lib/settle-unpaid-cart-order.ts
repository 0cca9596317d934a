import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { payCartOrderWorkflow } from "../workflows/pay-cart-order"
import { releaseUnpaidOrderWorkflow } from "../workflows/release-unpaid-order"

export type SettledCartOrder = { kind: "no-order" } | { kind: "paid"; order_id: string } | { kind: "released"; order_id: string; reason: string }

// Failures that mean "this payment will not be authorised": anything else (lock busy, database down) is retried later.
const PAYMENT_REFUSALS = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR, MedusaError.Types.NOT_ALLOWED]

/**
 * Rule for a cart whose completion stopped between the order and its payment: finish the
 * authorisation of the cart's payment session; if the provider does not authorise it,
 * cancel the order (its stock is released) and reopen the cart for the shopper to pay again.
 * Run by the cart completion route before Medusa's own (a retry) and by the recovery job.
 */
export async function settleUnpaidCartOrder(container: MedusaContainer, cartId: string): Promise<SettledCartOrder> {
  let orderId: string | null = null
  try {
    const { result } = await payCartOrderWorkflow(container).run({ input: { cart_id: cartId } })
    if (!result.order_id) return { kind: "no-order" }
    return { kind: "paid", order_id: result.order_id }
  } catch (error: any) {
    if (!PAYMENT_REFUSALS.includes(error?.type)) throw error
    orderId = await orderOfCart(container, cartId)
    if (!orderId) return { kind: "no-order" }
    await releaseUnpaidOrderWorkflow(container).run({ input: { order_id: orderId, cart_id: cartId } })
    return { kind: "released", order_id: orderId, reason: error.message }
  }
}

export async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const { data } = await container.resolve("query").graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return ((data[0] as any)?.order_id as string | undefined) ?? null
}
