import { defineMiddlewares } from "@medusajs/framework/http"
import { authRateLimitRoutes } from "./auth-rate-limits"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { malformedPathRoutes } from "./refuse-malformed-paths"
import { orderAccessRoutes } from "./store/orders/order-access-routes"
import { explainPromoCodes } from "./store/carts/explain-promo-codes"
import { requireWholeQuantities } from "./store/carts/require-whole-quantities"
import { requirePaymentCollection } from "./store/payment-collections/require-payment-collection"

export default defineMiddlewares({
  routes: [
    ...malformedPathRoutes,
    ...authRateLimitRoutes,
    ...orderAccessRoutes,
    {
      method: ["POST"],
      matcher: "/hooks/payment/stripe_stripe",
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeSignature],
    },
    { method: ["POST"], matcher: "/store/carts/:id/promotions", middlewares: [explainPromoCodes] },
    { method: ["POST"], matcher: "/store/carts", middlewares: [requireWholeQuantities] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [requireWholeQuantities] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [requireWholeQuantities] },
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [requirePaymentCollection],
    },
  ],
})
