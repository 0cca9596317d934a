import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAuthContextFromJwtToken } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TOKEN_REVOCATION_MODULE } from "../modules/token-revocation"
import type TokenRevocationModuleService from "../modules/token-revocation/service"

type TokenContext = { auth_identity_id?: string; actor_type?: string; actor_id?: string; iat?: number }
type SessionRequest = MedusaRequest & { session?: { auth_context?: TokenContext }; auth_context?: { auth_identity_id?: string } }

/**
 * What the request signs in with: the session (Medusa's own precedence) or the bearer
 * token, verified like Medusa's `authenticate` does. A session holds the payload of the
 * token it was made from, `iat` included.
 */
function presentedAuth(req: SessionRequest): TokenContext | null {
  if (req.session?.auth_context?.auth_identity_id) return req.session.auth_context
  if (!req.headers.authorization?.toLowerCase().startsWith("bearer ")) return null
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return getAuthContextFromJwtToken(
    req.headers.authorization,
    http.jwtSecret!,
    ["bearer"],
    ["*"],
    http.jwtPublicKey,
    http.jwtVerifyOptions ?? http.jwtOptions,
  ) as TokenContext | null
}

/** Why a token no longer counts, or null while it does. */
async function whyRefused(req: MedusaRequest, auth: TokenContext): Promise<string | null> {
  const authIdentityId = auth.auth_identity_id!
  const [identity] = await req.scope.resolve(Modules.AUTH).listAuthIdentities({ id: [authIdentityId] }, { select: ["id", "app_metadata"] })
  if (!identity) return "This account no longer exists."
  // Removing a customer, user or staff member unlinks (or deletes) its auth identity.
  if (auth.actor_id && auth.actor_type && identity.app_metadata?.[`${auth.actor_type}_id`] !== auth.actor_id) {
    return "This account no longer exists."
  }
  const validAfter = await req.scope.resolve<TokenRevocationModuleService>(TOKEN_REVOCATION_MODULE).tokensValidAfter(authIdentityId)
  if (validAfter && (auth.iat ?? 0) * 1000 < validAfter.getTime()) {
    return "Your password was changed: sign in again."
  }
  return null
}

/**
 * Global: a token or session issued before its identity's password was reset, or whose
 * account was removed, gets 401 on every route (refreshing it included), like an
 * expired one. Requests without credentials pass untouched.
 */
export async function refuseRevokedTokens(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const request = req as SessionRequest
  const auth = presentedAuth(request)
  if (!auth?.auth_identity_id) return next()
  try {
    const reason = await whyRefused(req, auth)
    if (!reason) return next()
    if (request.session?.auth_context) delete request.session.auth_context
    res.status(401).json({ type: "unauthorized", message: reason })
  } catch (error) {
    next(error)
  }
}

/**
 * On POST /auth/:actor_type/emailpass/update: once Medusa answers that the password
 * changed, every token issued before is revoked. Token times (`iat`) are whole seconds,
 * so the cut is the start of the next second, and the answer waits for it: a sign-in
 * after the answer gets a token that counts, every earlier one is refused.
 */
export function revokeTokensOnPasswordChange(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = ((body: { success?: boolean }) => {
    const authIdentityId = (req as SessionRequest).auth_context?.auth_identity_id
    if (res.statusCode >= 300 || !body?.success || !authIdentityId) return send(body)
    const validAfter = new Date((Math.floor(Date.now() / 1000) + 1) * 1000)
    req.scope
      .resolve<TokenRevocationModuleService>(TOKEN_REVOCATION_MODULE)
      .revokeTokensIssuedBefore(authIdentityId, validAfter)
      .then(() => new Promise((resolve) => setTimeout(resolve, Math.max(0, validAfter.getTime() - Date.now()))))
      .then(() => send(body), next)
    return res
  }) as typeof res.json
  next()
}
