import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit, type RateLimitRule } from "./rate-limit"

const MINUTE = 60_000

/**
 * Per client address. Generous enough for a household or a shop behind one
 * address, tight enough to make password guessing and e-mail bombing slow.
 */
export const AUTH_RATE_LIMITS = {
  signIn: { name: "sign-in", max: 10, windowMs: 15 * MINUTE },
  resetPassword: { name: "reset-password", max: 5, windowMs: 15 * MINUTE },
  updatePassword: { name: "update-password", max: 10, windowMs: 15 * MINUTE },
  register: { name: "register", max: 10, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>

/** Every actor with a password: shoppers, admin users and store staff. */
export const PASSWORD_ACTORS = ["customer", "user", "staff"] as const

const limited = (matcher: string, rule: RateLimitRule): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [rateLimit(rule)],
})

/**
 * One counter per rule and address, shared by the actors: guessing admin
 * passwords does not get a fresh allowance from the customer route.
 */
export const authRateLimitRoutes: MiddlewareRoute[] = [
  ...PASSWORD_ACTORS.flatMap((actor) => [
    // Password sign-in: slow down guessing.
    limited(`/auth/${actor}/emailpass`, AUTH_RATE_LIMITS.signIn),
    // Each request may send an e-mail: limit e-mail bombing.
    limited(`/auth/${actor}/emailpass/reset-password`, AUTH_RATE_LIMITS.resetPassword),
    // Setting a new password with a reset token: slow down token guessing.
    limited(`/auth/${actor}/emailpass/update`, AUTH_RATE_LIMITS.updatePassword),
  ]),
  limited("/auth/customer/emailpass/register", AUTH_RATE_LIMITS.register),
]
