import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { enableStripeInRegions, STRIPE_PROVIDER_ID } from "../../backend/src/scripts/enable-stripe"
import { BACKEND_DIR } from "../helpers/backend"
import { eventually } from "../helpers/browser"
import { answer } from "../helpers/checkout"
import { createShop } from "../helpers/fixtures"

jest.setTimeout(180_000)

// Test-mode placeholders: the provider is registered, but nothing here calls Stripe's API.
const STRIPE_ENV = { STRIPE_API_KEY: "sk_test_fairmade_integration", STRIPE_WEBHOOK_SECRET: "whsec_test_fairmade_integration" }
// medusa-config is read before the runner applies its `env`, so set them first.
Object.assign(process.env, STRIPE_ENV)

const WEBHOOK = "/hooks/payment/stripe_stripe"

function stripeEvent(id: string) {
  return JSON.stringify({
    id,
    object: "event",
    type: "payment_intent.succeeded",
    data: { object: { id: "pi_test", object: "payment_intent", amount: 2400, amount_received: 2400, currency: "eur", metadata: {} } },
  })
}

const signed = (payload: string, secret = STRIPE_ENV.STRIPE_WEBHOOK_SECRET) => ({
  headers: {
    "content-type": "application/json",
    "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret }),
  },
})

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: STRIPE_ENV,
  testSuite: ({ api, getContainer }) => {
    it("refuses forged or unsigned webhooks with a 400 and processes only the genuine one", async () => {
      const received: any[] = []
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("payment.webhook_received", async (event: any) => void received.push(event.data), {
          subscriberId: "stripe-webhook-spec",
        })

      const genuine = stripeEvent("evt_genuine")
      const tampered = await answer(api.post(WEBHOOK, genuine.replace("2400", "1"), signed(genuine)))
      const wrongSecret = await answer(api.post(WEBHOOK, genuine, signed(genuine, "whsec_someone_else")))
      const unsigned = await answer(api.post(WEBHOOK, genuine, { headers: { "content-type": "application/json" } }))
      for (const [refused, reason] of [
        [tampered, /invalid stripe signature/i],
        [wrongSecret, /invalid stripe signature/i],
        [unsigned, /missing stripe-signature/i],
      ] as const) {
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({ type: "invalid_data", message: expect.stringMatching(reason) })
      }

      const accepted = await answer(api.post(WEBHOOK, genuine, signed(genuine)))
      expect(accepted.status).toBe(200)

      // Medusa delays webhook events by 5 s; the refused ones, sent earlier, would have arrived first.
      await eventually(async () => expect(received).toHaveLength(1), 15_000)
      expect(received[0]).toEqual(
        expect.objectContaining({ provider: "stripe_stripe", payload: expect.objectContaining({ data: expect.objectContaining({ id: "evt_genuine" }) }) }),
      )
    })

    it("offers Stripe in every region once enable-stripe has run, and running it again changes nothing", async () => {
      const shop = await createShop(getContainer())
      expect(await enableStripeInRegions(getContainer())).toEqual(["Europe"])
      expect(await enableStripeInRegions(getContainer())).toEqual([])

      const { data } = await api.get(`/store/payment-providers?region_id=${shop.regionId}`, shop.store)
      const providers = data.payment_providers.map((provider: { id: string }) => provider.id).sort()
      expect(providers).toEqual([STRIPE_PROVIDER_ID, "pp_system_default"].sort())
    })
  },
})
