import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderOfCart, settleUnpaidCartOrder } from "../../../lib/settle-unpaid-cart-order"

/** What the shopper reads when an interrupted completion's payment could not be finished. */
export const PAY_AGAIN_MESSAGE = "Your payment was not completed, so the order was not placed. Please pay again."

/**
 * Before Medusa's cart completion: a cart that already has its order normally answers
 * with that order, even when the completion stopped before the payment was authorised
 * (a crash between Medusa's steps), which told the shopper "placed" for an unpaid order.
 * Here such an order's payment is finished first; if the provider does not authorise it,
 * the order is canceled, its stock released and the cart reopened, and the shopper is
 * asked to pay again (Medusa's own answer for a refused payment: 200, `type: "cart"`).
 */
export async function finishInterruptedCompletion(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id
  if (!(await orderOfCart(req.scope, cartId))) return next()
  let settled
  try {
    settled = await settleUnpaidCartOrder(req.scope, cartId)
  } catch {
    // Busy (another request is completing this cart) or down: Medusa's route answers that (409, or its error).
    return next()
  }
  if (settled.kind !== "released") return next()
  const { data } = await req.scope.resolve("query").graph({ entity: "cart", fields: ["id", "completed_at", "total", "currency_code"], filters: { id: cartId } })
  res.status(200).json({
    type: "cart",
    cart: data[0],
    error: { type: "payment_authorization_error", name: "Error", message: PAY_AGAIN_MESSAGE },
  })
}
