import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminUpdatePickupSettings } from "./admin/pickup-settings/validators"
import {
  AdminCounterPayment,
  AdminHandOverPickup,
  AdminListPickups,
  AdminPickupAction,
  AdminRejectPickup,
  AdminShortPickPickup,
} from "./staff-api/pickups/validators"
import { refuseUnservablePickup } from "./store/carts/refuse-unservable-pickup"
import { StorePickupAvailability } from "./store/pickup-availability/validators"

// The routes build their own responses: the query config only carries validation.
const noFields = { defaults: ["id"], isList: false }

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/staff-api/pickups", middlewares: [validateAndTransformQuery(AdminListPickups, noFields)] },
    ...["prepare", "ready", "resend-notification", "retry"].map((action) => ({
      method: ["POST"] as "POST"[],
      matcher: `/staff-api/pickups/:id/${action}`,
      middlewares: [validateAndTransformBody(AdminPickupAction)],
    })),
    { method: ["POST"], matcher: "/staff-api/pickups/:id/reject", middlewares: [validateAndTransformBody(AdminRejectPickup)] },
    { method: ["POST"], matcher: "/staff-api/pickups/:id/short-pick", middlewares: [validateAndTransformBody(AdminShortPickPickup)] },
    { method: ["POST"], matcher: "/staff-api/pickups/:id/hand-over", middlewares: [validateAndTransformBody(AdminHandOverPickup)] },
    { method: ["POST"], matcher: "/staff-api/pickups/:id/counter-payment", middlewares: [validateAndTransformBody(AdminCounterPayment)] },
    {
      method: ["POST"],
      matcher: "/admin/pickup-settings/:location_id",
      middlewares: [validateAndTransformBody(AdminUpdatePickupSettings)],
    },
    {
      method: ["GET"],
      matcher: "/store/pickup-availability",
      middlewares: [validateAndTransformQuery(StorePickupAvailability, noFields)],
    },
    { method: ["POST"], matcher: "/store/carts/:id/shipping-methods", middlewares: [refuseUnservablePickup] },
    {
      method: ["GET"],
      matcher: "/store/orders/:id/pickup",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
  ],
})
