import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireOrderAccess, requireOrderAccessTo } from "@fairmade/shop-core/lib/order-access"

/**
 * Medusa answers GET /store/orders/:id (e-mail, phone, addresses) to anyone who
 * knows the id. Here only the order's signed-in customer or the browser that
 * placed it (it names the cart, shop-core's order-access) get it; everyone else
 * gets the 404 an unknown id gets. Asking to take a guest order over into an
 * account answers with the order too, and Medusa's POST /store/returns opens a
 * return on any order whose id is in the body: both keep to the same rule.
 */
export const orderAccessRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [requireOrderAccess] },
  { method: ["POST"], matcher: "/store/orders/:id/transfer/request", middlewares: [requireOrderAccess] },
  { method: ["POST"], matcher: "/store/returns", middlewares: [requireOrderAccessTo((req) => (req.body as { order_id?: unknown })?.order_id)] },
]
