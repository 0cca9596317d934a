import { defineMiddlewares } from "@medusajs/framework/http"
import { AUTH_RATE_LIMITS } from "./auth-rate-limits"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { rateLimit } from "./rate-limit"
import { explainPromoCodes } from "./store/carts/explain-promo-codes"
import { finishInterruptedCompletion } from "./store/carts/finish-interrupted-completion"
import { requireWholeQuantities } from "./store/carts/require-whole-quantities"
import { requirePaymentCollection } from "./store/payment-collections/require-payment-collection"

export default defineMiddlewares({
  routes: [
    // Shoppers' and staff's password sign-in: slow down password guessing.
    { method: ["POST"], matcher: "/auth/customer/emailpass", middlewares: [rateLimit(AUTH_RATE_LIMITS.signIn)] },
    { method: ["POST"], matcher: "/auth/user/emailpass", middlewares: [rateLimit(AUTH_RATE_LIMITS.signIn)] },
    // Each request may send an e-mail: limit e-mail bombing.
    {
      method: ["POST"],
      matcher: "/auth/customer/emailpass/reset-password",
      middlewares: [rateLimit(AUTH_RATE_LIMITS.resetPassword)],
    },
    { method: ["POST"], matcher: "/auth/customer/emailpass/register", middlewares: [rateLimit(AUTH_RATE_LIMITS.register)] },
    {
      method: ["POST"],
      matcher: "/hooks/payment/stripe_stripe",
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeSignature],
    },
    { method: ["POST"], matcher: "/store/carts/:id/promotions", middlewares: [explainPromoCodes] },
    { method: ["POST"], matcher: "/store/carts", middlewares: [requireWholeQuantities] },
    // A retry after a completion that stopped before the payment: finish the payment or ask to pay again.
    { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [finishInterruptedCompletion] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [requireWholeQuantities] },
    { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [requireWholeQuantities] },
    {
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [requirePaymentCollection],
    },
  ],
})
