import type { RateLimitRule } from "./rate-limit"

const MINUTE = 60_000

/**
 * Per client IP. Generous enough for a household or a shop behind one
 * address, tight enough to make password guessing and e-mail bombing slow.
 */
export const AUTH_RATE_LIMITS = {
  signIn: { name: "sign-in", max: 10, windowMs: 15 * MINUTE },
  resetPassword: { name: "reset-password", max: 5, windowMs: 15 * MINUTE },
  register: { name: "register", max: 10, windowMs: 60 * MINUTE },
} satisfies Record<string, RateLimitRule>
