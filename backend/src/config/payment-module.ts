/**
 * Stripe is registered only when STRIPE_API_KEY is set; without it the
 * storefront pays with Medusa's system provider (a labelled test payment).
 */
export function paymentModule(env: NodeJS.ProcessEnv) {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              capture: false,
              automatic_payment_methods: true,
            },
          },
        ],
      },
    },
  ]
}
