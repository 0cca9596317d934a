import { randomInt } from "node:crypto"

export const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`

/**
 * The HTTP tests run with TRUST_PROXY=loopback (setup.js): the test client, like the
 * storefront, is a trusted local hop, so X-Forwarded-For sets the client address the
 * rate limiter sees. A fresh random address per test keeps tests apart, also from
 * earlier runs' counters left in Redis.
 */
export function asNewClient(headers: Record<string, string> = {}) {
  return { headers: { ...headers, "x-forwarded-for": randomAddress() } }
}
