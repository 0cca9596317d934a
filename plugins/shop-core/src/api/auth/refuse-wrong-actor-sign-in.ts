import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_ACTOR_TYPE } from "../../modules/staff"

/**
 * Medusa's `/auth/<actor>/emailpass` signs in any emailpass identity with the right
 * password, and hands back a token without an actor (`actor_id: ""`) when the
 * identity has none of that type. Such a token opens nothing (the routes refuse
 * it), but the sign-in pages would then show no error. So staff credentials are
 * refused at the admin sign-in, and anything but staff credentials at the staff
 * sign-in, with the answer a wrong password gets.
 */
async function appMetadataOf(req: MedusaRequest): Promise<Record<string, unknown> | undefined> {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (typeof email !== "string" || !email) return undefined
  const auth = req.scope.resolve(Modules.AUTH)
  const [providerIdentity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["auth_identity_id"] })
  if (!providerIdentity?.auth_identity_id) return undefined
  const [identity] = await auth.listAuthIdentities({ id: [providerIdentity.auth_identity_id] }, { select: ["id", "app_metadata"] })
  return identity ? (identity.app_metadata ?? {}) : undefined
}

const wrongCredentials = () => new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid email or password")
const staffKey = `${STAFF_ACTOR_TYPE}_id`

/** On POST /auth/user/emailpass. Not every identity without a user: an invited admin signs in once before accepting. */
export async function refuseStaffSignInAsAdmin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = await appMetadataOf(req)
  next(metadata?.[staffKey] && !metadata.user_id ? wrongCredentials() : undefined)
}

/** On POST /auth/staff/emailpass: only identities an admin made a member of staff. */
export async function refuseSignInAsStaffWithoutMember(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = await appMetadataOf(req)
  next(metadata && !metadata[staffKey] ? wrongCredentials() : undefined)
}

/** Store staff are not admin users (their password does not open the admin), and only members sign in as staff. */
export const wrongActorSignInRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/user/emailpass", middlewares: [refuseStaffSignInAsAdmin] },
  { method: ["POST"], matcher: "/auth/staff/emailpass", middlewares: [refuseSignInAsStaffWithoutMember] },
]
