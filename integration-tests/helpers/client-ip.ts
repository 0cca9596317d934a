import { randomInt } from "node:crypto"

/**
 * Medusa trusts one proxy hop (Express "trust proxy" 1), so X-Forwarded-For
 * sets the client IP the rate limiter sees. A fresh random address per test
 * keeps tests apart, also from earlier runs' counters left in Redis.
 */
export function asNewClient(headers: Record<string, string> = {}) {
  const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`
  return { headers: { ...headers, "x-forwarded-for": ip } }
}
