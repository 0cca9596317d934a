import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminUpdatePickupSettings } from "./admin/pickup-settings/validators"
import { AdminSetStaffStores } from "./admin/staff-stores/validators"
import {
  AdminCounterPayment,
  AdminHandOverPickup,
  AdminListPickups,
  AdminPickupAction,
  AdminRejectPickup,
  AdminShortPickPickup,
} from "./admin/pickups/validators"
import { refuseUnservablePickup } from "./store/carts/refuse-unservable-pickup"
import { StorePickupAvailability } from "./store/pickup-availability/validators"

// The routes build their own responses: the query config only carries validation.
const noFields = { defaults: ["id"], isList: false }

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/admin/pickups", middlewares: [validateAndTransformQuery(AdminListPickups, noFields)] },
    ...["prepare", "ready", "resend-notification", "retry"].map((action) => ({
      method: ["POST"] as "POST"[],
      matcher: `/admin/pickups/:id/${action}`,
      middlewares: [validateAndTransformBody(AdminPickupAction)],
    })),
    { method: ["POST"], matcher: "/admin/pickups/:id/reject", middlewares: [validateAndTransformBody(AdminRejectPickup)] },
    { method: ["POST"], matcher: "/admin/pickups/:id/short-pick", middlewares: [validateAndTransformBody(AdminShortPickPickup)] },
    { method: ["POST"], matcher: "/admin/pickups/:id/hand-over", middlewares: [validateAndTransformBody(AdminHandOverPickup)] },
    { method: ["POST"], matcher: "/admin/pickups/:id/counter-payment", middlewares: [validateAndTransformBody(AdminCounterPayment)] },
    {
      method: ["POST"],
      matcher: "/admin/pickup-settings/:location_id",
      middlewares: [validateAndTransformBody(AdminUpdatePickupSettings)],
    },
    { method: ["POST"], matcher: "/admin/staff-stores/:user_id", middlewares: [validateAndTransformBody(AdminSetStaffStores)] },
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
