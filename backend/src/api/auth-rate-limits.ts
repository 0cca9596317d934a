import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit, type RateLimitRule } from "./rate-limit"

const MINUTE = 60_000

/**
 * Per client address. Generous enough for a household or a shop behind one
 * address, tight enough to make password guessing and e-mail bombing slow.
 */
/**
 * `AUTH_RATE_LIMIT_FACTOR` multiplies every allowance (default 1). Only for a room of
 * people behind one address, such as the browser test suite, whose every shopper and
 * member of staff signs in from 127.0.0.1.
 */
const factor = Math.max(1, Math.floor(Number(process.env.AUTH_RATE_LIMIT_FACTOR ?? 1)) || 1)

export const AUTH_RATE_LIMITS = {
  signIn: { name: "sign-in", max: 10 * factor, windowMs: 15 * MINUTE },
  resetPassword: { name: "reset-password", max: 5 * factor, windowMs: 15 * MINUTE },
  updatePassword: { name: "update-password", max: 10 * factor, windowMs: 15 * MINUTE },
  register: { name: "register", max: 10 * factor, windowMs: 60 * MINUTE },
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
