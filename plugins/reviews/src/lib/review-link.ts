import { timingSafeEqual } from "node:crypto"
import { digest } from "@fairmade/shop-core/lib/seal"

/**
 * The one-click link of the review request e-mail carries `<order id>.<keyed digest>`:
 * shop-core's digest (HMAC under NOTIFICATION_SEAL_KEY, its own purpose), so only the
 * shop can make one, and it names the order whose products it lets the holder review.
 * The e-mail provider receives it sealed and builds `${STOREFRONT_URL}/reviews/new?token=…`.
 */
export const REVIEW_LINK_PURPOSE = "review-request-link"

export const reviewToken = (orderId: string, secret?: string) => `${orderId}.${digest(orderId, REVIEW_LINK_PURPOSE, secret)}`

/** The order a token was made for, or null when it was not made by this shop (or was altered). */
export function orderIdOfToken(token: unknown, secret?: string): string | null {
  if (typeof token !== "string" || token.length > 200) return null
  const dot = token.indexOf(".")
  if (dot <= 0) return null
  const orderId = token.slice(0, dot)
  const given = Buffer.from(token)
  const expected = Buffer.from(reviewToken(orderId, secret))
  return given.length === expected.length && timingSafeEqual(given, expected) ? orderId : null
}
