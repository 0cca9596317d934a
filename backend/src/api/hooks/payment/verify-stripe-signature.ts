import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkStripeSignature } from "../../../lib/stripe-webhook"

/**
 * Medusa's /hooks/payment/:provider route answers 200 to anything and checks
 * the signature later, in a subscriber. This refuses a forged or corrupted
 * Stripe webhook up front with a 400, before any event is emitted, so Stripe
 * (and whoever is probing the endpoint) sees the failure.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const check = checkStripeSignature({
    rawBody: req.rawBody,
    signature: req.headers["stripe-signature"],
    secret: process.env.STRIPE_WEBHOOK_SECRET,
  })
  if (!check.valid) {
    res.status(400).json({ type: "invalid_data", message: check.reason })
    return
  }
  next()
}
