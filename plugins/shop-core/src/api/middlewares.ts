import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { STAFF_ACTOR_TYPE } from "../modules/staff"
import { AdminCreateStaffMember, AdminListStaffMembers, AdminUpdateStaffMember } from "./admin/store-staff/validators"
import { loadStaffMember } from "./staff-api/load-staff-member"

const noFields = { defaults: ["id"], isList: false }

export default defineMiddlewares({
  routes: [
    // Every store staff route, whichever plugin defines it: a `staff` token (never
    // an admin's or a shopper's) of a member who is still active.
    {
      matcher: "/staff-api/*",
      middlewares: [authenticate(STAFF_ACTOR_TYPE, ["bearer", "session"]), loadStaffMember],
    },
    // The sign-in guards (staff are not admin users, and only members sign in as staff) are
    // `wrongActorSignInRoutes`, registered by the backend after its sign-in rate limits: a plugin's
    // middlewares run before the application's, and a guard's 401 must not dodge the count.
    // /admin/* is already admin users only (Medusa's authenticate("user")).
    { method: ["GET"], matcher: "/admin/store-staff", middlewares: [validateAndTransformQuery(AdminListStaffMembers, noFields)] },
    { method: ["POST"], matcher: "/admin/store-staff", middlewares: [validateAndTransformBody(AdminCreateStaffMember)] },
    { method: ["POST"], matcher: "/admin/store-staff/:id", middlewares: [validateAndTransformBody(AdminUpdateStaffMember)] },
  ],
})
