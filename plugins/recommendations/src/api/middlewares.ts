import { authenticate, defineMiddlewares } from "@medusajs/framework/http"

// Visitors and signed-in customers alike: the customer, when there is one, personalises the answer.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/store/recommendations", middlewares: [optionalCustomer] },
    { method: ["POST"], matcher: "/store/recommendations/signals", middlewares: [optionalCustomer] },
    {
      method: ["POST"],
      matcher: "/store/recommendations/visitor-merge",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
  ],
})
