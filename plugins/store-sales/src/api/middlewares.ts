import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  StaffAddCounterLine,
  StaffCompleteCounterSale,
  StaffCounterCustomer,
  StaffCounterProducts,
  StaffCounterPromotion,
  StaffOpenCounterSale,
  StaffUpdateCounterLine,
} from "./staff-api/counter-sales/validators"

// shop-core's `/staff-api/*` middleware has authenticated the member already.
// The routes build their own responses: the query config only carries validation.
const noFields = { defaults: ["id"], isList: false }

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/staff-api/counter-sales/products", middlewares: [validateAndTransformQuery(StaffCounterProducts, noFields)] },
    { method: ["POST"], matcher: "/staff-api/counter-sales", middlewares: [validateAndTransformBody(StaffOpenCounterSale)] },
    { method: ["POST"], matcher: "/staff-api/counter-sales/:id/lines", middlewares: [validateAndTransformBody(StaffAddCounterLine)] },
    { method: ["POST"], matcher: "/staff-api/counter-sales/:id/lines/:line_id", middlewares: [validateAndTransformBody(StaffUpdateCounterLine)] },
    { method: ["POST"], matcher: "/staff-api/counter-sales/:id/promotions", middlewares: [validateAndTransformBody(StaffCounterPromotion)] },
    { method: ["POST"], matcher: "/staff-api/counter-sales/:id/customer", middlewares: [validateAndTransformBody(StaffCounterCustomer)] },
    { method: ["POST"], matcher: "/staff-api/counter-sales/:id/complete", middlewares: [validateAndTransformBody(StaffCompleteCounterSale)] },
  ],
})
