import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_ACTOR_TYPE } from "../../modules/staff"

/**
 * Medusa's `/auth/user/emailpass` signs in any emailpass identity with the right
 * password and hands back a token without a user (`actor_id: ""`) when the
 * identity has none: useless, since every /admin route refuses it, but the
 * admin login page then shows no error. A store staff member's credentials are
 * refused here with the same answer as a wrong password.
 */
export async function refuseStaffSignInAsAdmin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (typeof email !== "string" || !email) return next()
  const auth = req.scope.resolve(Modules.AUTH)
  const [providerIdentity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["auth_identity_id"] })
  if (!providerIdentity?.auth_identity_id) return next()
  const [identity] = await auth.listAuthIdentities({ id: [providerIdentity.auth_identity_id] }, { select: ["id", "app_metadata"] })
  const metadata = identity?.app_metadata ?? {}
  if (metadata[`${STAFF_ACTOR_TYPE}_id`] && !metadata.user_id) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid email or password"))
  }
  next()
}
