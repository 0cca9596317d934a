import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminSaveContentDraft } from "./admin/shop-content/[slug]/validators"
import { StoreCreateContactMessage } from "./store/contact-messages/validators"
import { StoreDeleteAccount } from "./store/customers/me/account-deletion/validators"

export default defineMiddlewares({
  routes: [
    // The form is open to everyone; a signed-in shopper's message is linked to their account.
    {
      method: ["POST"],
      matcher: "/store/contact-messages",
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), validateAndTransformBody(StoreCreateContactMessage)],
    },
    { method: ["POST"], matcher: "/store/customers/me/account-deletion", middlewares: [validateAndTransformBody(StoreDeleteAccount)] },
    { method: ["POST"], matcher: "/admin/shop-content/:slug", middlewares: [validateAndTransformBody(AdminSaveContentDraft)] },
  ],
})
