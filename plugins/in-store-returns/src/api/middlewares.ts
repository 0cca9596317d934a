import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminUpdateReturnPolicy } from "./admin/return-policy/validators"
import { AdminListStoreReturns } from "./admin/store-returns/validators"
import { AdminCreateStoreReturn, AdminLookupStoreReturn, AdminReceiveStoreReturn, StaffListExpectedReturns } from "./staff-api/store-returns/validators"
import { StoreCreateReturnRequest } from "./store/return-requests/validators"

// Store routes outside /store/customers/me are public by default: returns are the shopper's own.
const asCustomer = authenticate("customer", ["session", "bearer"])
const noQueryConfig = { defaults: [], isList: false }

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/store/orders/:id/returnable-items", middlewares: [asCustomer] },
    { method: ["GET"], matcher: "/store/return-requests", middlewares: [asCustomer] },
    { method: ["GET"], matcher: "/store/return-requests/:id", middlewares: [asCustomer] },
    {
      method: ["POST"],
      matcher: "/store/return-requests",
      middlewares: [asCustomer, validateAndTransformBody(StoreCreateReturnRequest)],
    },
    { method: ["GET"], matcher: "/admin/store-returns", middlewares: [validateAndTransformQuery(AdminListStoreReturns, noQueryConfig)] },
    { method: ["POST"], matcher: "/staff-api/store-returns", middlewares: [validateAndTransformBody(AdminCreateStoreReturn)] },
    { method: ["GET"], matcher: "/staff-api/store-returns", middlewares: [validateAndTransformQuery(StaffListExpectedReturns, noQueryConfig)] },
    {
      method: ["POST"],
      matcher: "/staff-api/store-returns/lookup",
      middlewares: [validateAndTransformBody(AdminLookupStoreReturn)],
    },
    { method: ["POST"], matcher: "/staff-api/store-returns/:id/receive", middlewares: [validateAndTransformBody(AdminReceiveStoreReturn)] },
    { method: ["POST"], matcher: "/admin/return-policy", middlewares: [validateAndTransformBody(AdminUpdateReturnPolicy)] },
  ],
})
