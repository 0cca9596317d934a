import Stripe from "stripe"

export type StripeSignatureCheck = { valid: true; event: Stripe.Event } | { valid: false; reason: string }

/**
 * Checks a webhook's `stripe-signature` header against the raw request body
 * with Stripe's own SDK (HMAC-SHA256 with the endpoint secret, timestamp
 * within 5 minutes). Static: it needs no API key and makes no network call.
 */
export function checkStripeSignature({
  rawBody,
  signature,
  secret,
}: {
  rawBody: Buffer | string | undefined
  signature: string | string[] | undefined
  secret: string | undefined
}): StripeSignatureCheck {
  if (!secret) {
    return { valid: false, reason: "Stripe webhooks are not configured on this server (no webhook secret)." }
  }
  if (typeof signature !== "string" || signature.length === 0) {
    return { valid: false, reason: "Missing stripe-signature header." }
  }
  if (rawBody === undefined || rawBody.length === 0) {
    return { valid: false, reason: "Empty webhook body." }
  }
  try {
    return { valid: true, event: Stripe.webhooks.constructEvent(rawBody, signature, secret) }
  } catch (error) {
    return { valid: false, reason: `Invalid Stripe signature: ${(error as Error).message.split("\n")[0]}` }
  }
}
