import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress } from "../lib/rate-limit/client-address"
import { MemoryRateLimitStore } from "../lib/rate-limit/memory-store"
import { RedisRateLimitStore } from "../lib/rate-limit/redis-store"
import type { RateLimitStore } from "../lib/rate-limit/store"

/** At most `max` requests per client IP in each fixed window of `windowMs`. */
export type RateLimitRule = { name: string; max: number; windowMs: number }

let store: RateLimitStore | undefined

/**
 * One store per process: in Redis when Medusa runs on Redis (several
 * processes), else in memory. Redis keys are namespaced by database, so shops
 * (or test runs, each on its own database) sharing a Redis keep apart.
 */
function storeOf(req: MedusaRequest): RateLimitStore {
  if (!store) {
    const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const database = createHash("sha256").update(projectConfig.databaseUrl ?? "").digest("hex").slice(0, 12)
    store = projectConfig.redisUrl
      ? new RedisRateLimitStore(projectConfig.redisUrl, `${projectConfig.redisPrefix ?? ""}rate-limit:${database}:`)
      : new MemoryRateLimitStore()
  }
  return store
}

function waitDescription(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  return seconds < 60 ? `${seconds} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`
}

/**
 * Medusa has no rate limiter. Keyed by route name and the client's address as
 * TRUST_PROXY allows to know it (see client-address.ts; by default the TCP peer,
 * X-Forwarded-For ignored). Answers 429 with Retry-After once the limit is passed.
 */
export function rateLimit(rule: RateLimitRule) {
  return async function rateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    let hit
    try {
      hit = await storeOf(req).hit(`${rule.name}:${clientAddress(req)}`, rule.windowMs)
    } catch (error) {
      // A Redis outage must not lock every shopper out of their account.
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Rate limit ${rule.name} skipped: ${(error as Error).message}`)
      return next()
    }
    if (hit.count <= rule.max) {
      return next()
    }
    const retryAfter = Math.max(1, Math.ceil(hit.resetInMs / 1000))
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many attempts. Please wait ${waitDescription(retryAfter)} and try again.`,
    })
  }
}
