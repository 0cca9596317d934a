import { timingSafeEqual } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Who may see an order through the Store API: the signed-in customer it belongs
 * to, or whoever placed it: the storefront keeps the id of the cart the order was
 * placed from (an httpOnly cookie of the browser that placed it) and sends it in
 * this header. The cart id is as secret as the order itself: whoever holds it can
 * already read that cart's e-mail and addresses.
 */
export const ORDER_CART_HEADER = "x-order-cart-id"

export type OrderAccessProof = { customerId?: string; cartId?: string }

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** True when the proof opens the order; false for an unknown order too (no enumeration). */
export async function mayViewOrder(container: MedusaContainer, orderId: string, proof: OrderAccessProof): Promise<boolean> {
  if (!proof.customerId && !proof.cartId) return false
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "cart.id"], filters: { id: orderId } })
  const order = data[0] as { customer_id?: string | null; cart?: { id?: string } | null } | undefined
  if (!order) return false
  if (proof.customerId && order.customer_id === proof.customerId) return true
  return !!proof.cartId && !!order.cart?.id && sameSecret(proof.cartId, order.cart.id)
}

/** The customer (signed in) and the cart proof a Store API request carries. */
export function orderAccessProofOf(req: AuthenticatedMedusaRequest): OrderAccessProof {
  const header = req.headers[ORDER_CART_HEADER]
  return {
    customerId: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined,
    cartId: typeof header === "string" && header.length > 0 ? header : undefined,
  }
}

/** The one answer for an order that does not exist and one the caller may not see. */
export const orderNotFound = (orderId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)

/**
 * Route middleware: 404, the same as for an unknown order, unless the caller may
 * see the order `orderIdOf` names (by default the `:id` of the path).
 */
export function requireOrderAccessTo(orderIdOf: (req: AuthenticatedMedusaRequest) => unknown) {
  return async function requireOrderAccess(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    const orderId = orderIdOf(req)
    if (typeof orderId !== "string" || !(await mayViewOrder(req.scope, orderId, orderAccessProofOf(req)))) {
      return next(orderNotFound(String(orderId ?? "")))
    }
    next()
  }
}

export const requireOrderAccess = requireOrderAccessTo((req) => req.params.id)
