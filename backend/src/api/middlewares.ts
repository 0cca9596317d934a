import { defineMiddlewares } from "@medusajs/framework/http"
import { wrongActorSignInRoutes } from "@fairmade/shop-core/api/auth/refuse-wrong-actor-sign-in"
import { authRateLimitRoutes } from "./auth-rate-limits"
import { databaseAwareErrorHandler, refuseWhileDatabaseDown } from "./database-unavailable"
import { verifyStripeSignature } from "./hooks/payment/verify-stripe-signature"
import { malformedPathRoutes } from "./refuse-malformed-paths"
import { orderAccessRoutes } from "./store/orders/order-access-routes"
import { explainPromoCodes } from "./store/carts/explain-promo-codes"
import { finishInterruptedCompletion } from "./store/carts/finish-interrupted-completion"
import { requireWholeQuantities } from "./store/carts/require-whole-quantities"
import { requirePaymentCollection } from "./store/payment-collections/require-payment-collection"
import { refuseRevokedTokens, revokeTokensOnPasswordChange } from "./token-revocation"
import { rateLimit } from "./rate-limit"
import { reviewRateLimitRoutes } from "./review-rate-limits"

export default defineMiddlewares({
  // A database outage answers 503 "try again" fast, never a 500 after a minute.
  errorHandler: databaseAwareErrorHandler,
  routes: [
    ...malformedPathRoutes,
    { matcher: "/store*", middlewares: [refuseWhileDatabaseDown] },
    { matcher: "/admin*", middlewares: [refuseWhileDatabaseDown] },
    { matcher: "/auth*", middlewares: [refuseWhileDatabaseDown] },
    { matcher: "/staff-api*", middlewares: [refuseWhileDatabaseDown] },
    // Tokens and sessions end when their password changes or their account goes.
    { matcher: "/*", middlewares: [refuseRevokedTokens] },
    { method: ["POST"], matcher: "/auth/:actor_type/:auth_provider/update", middlewares: [revokeTokensOnPasswordChange] },
    ...authRateLimitRoutes,
    // shop-core's sign-in guards, after the limits so that their refusals count too.
    ...wrongActorSignInRoutes,
    ...orderAccessRoutes,
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
    // The contact form (shop-content plugin) e-mails the shop: slow down floods.
    { method: ["POST"], matcher: "/store/contact-messages", middlewares: [rateLimit({ name: "contact-message", max: 5, windowMs: 10 * 60_000 })] },
    // Reviews plugin: writing, reporting and voting, per client address.
    ...reviewRateLimitRoutes,
  ],
})
