import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminSetPromotionCustomerLimits } from "./admin/promotions/[id]/customer-limits/validators"
import { AdminAnalyticsCohorts, AdminAnalyticsOrders, AdminAnalyticsOverview, AdminAnalyticsPickups, AdminAnalyticsPromotions, AdminAnalyticsReturns } from "./admin/analytics/validators"

// The routes build their own answers: the query config only carries validation.
const noFields = { defaults: ["id"], isList: false }

// Everything under /admin already requires an admin user (session or bearer): customers and store staff get 401.
export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/admin/analytics/overview", middlewares: [validateAndTransformQuery(AdminAnalyticsOverview as any, noFields)] },
    { method: ["GET"], matcher: "/admin/analytics/cohorts", middlewares: [validateAndTransformQuery(AdminAnalyticsCohorts as any, noFields)] },
    { method: ["GET"], matcher: "/admin/analytics/promotions", middlewares: [validateAndTransformQuery(AdminAnalyticsPromotions as any, noFields)] },
    { method: ["POST"], matcher: "/admin/promotions/:id/customer-limits", middlewares: [validateAndTransformBody(AdminSetPromotionCustomerLimits as any)] },
    { method: ["GET"], matcher: "/admin/analytics/orders", middlewares: [validateAndTransformQuery(AdminAnalyticsOrders as any, noFields)] },
    { method: ["GET"], matcher: "/admin/analytics/returns", middlewares: [validateAndTransformQuery(AdminAnalyticsReturns as any, noFields)] },
    { method: ["GET"], matcher: "/admin/analytics/pickups", middlewares: [validateAndTransformQuery(AdminAnalyticsPickups as any, noFields)] },
  ],
})
