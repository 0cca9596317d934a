import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"

/** The signed-in customer's id, or null for a visitor (the routes allow both). */
export function signedInCustomer(req: AuthenticatedMedusaRequest): string | null {
  const auth = req.auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}
