import Stripe from "stripe"
import { checkStripeSignature } from "../stripe-webhook"

const secret = "whsec_unit_test"
const payload = JSON.stringify({ id: "evt_1", object: "event", type: "payment_intent.succeeded", data: { object: {} } })
const signature = (body = payload, key = secret, timestamp?: number) =>
  Stripe.webhooks.generateTestHeaderString({ payload: body, secret: key, timestamp })

describe("checkStripeSignature", () => {
  it("accepts a body signed with the endpoint secret and returns the event", () => {
    const check = checkStripeSignature({ rawBody: Buffer.from(payload), signature: signature(), secret })
    expect(check).toEqual({ valid: true, event: expect.objectContaining({ id: "evt_1" }) })
  })

  it.each([
    ["a tampered body", { rawBody: payload.replace("evt_1", "evt_2"), signature: signature(), secret }, /invalid stripe signature/i],
    ["another secret", { rawBody: payload, signature: signature(payload, "whsec_other"), secret }, /invalid stripe signature/i],
    ["an old timestamp", { rawBody: payload, signature: signature(payload, secret, 1_000_000_000), secret }, /timestamp/i],
    ["no signature", { rawBody: payload, signature: undefined, secret }, /missing stripe-signature/i],
    ["several signature headers", { rawBody: payload, signature: [signature(), signature()], secret }, /missing stripe-signature/i],
    ["no body", { rawBody: undefined, signature: signature(), secret }, /empty/i],
    ["no configured secret", { rawBody: payload, signature: signature(), secret: undefined }, /not configured/i],
  ])("refuses %s", (_, input, reason) => {
    const check = checkStripeSignature(input)
    expect(check.valid).toBe(false)
    expect(!check.valid && check.reason).toMatch(reason)
  })
})
