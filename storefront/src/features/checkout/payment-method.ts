/**
 * Which way the shopper pays. Stripe's Payment Element when the storefront has a
 * publishable key and the region offers Stripe; otherwise Medusa's system provider,
 * which takes no money and is labelled as a test payment.
 */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe";
export const TEST_PROVIDER_ID = "pp_system_default";

export type PaymentMethod =
  | { kind: "stripe"; providerId: typeof STRIPE_PROVIDER_ID; publishableKey: string }
  | { kind: "test"; providerId: typeof TEST_PROVIDER_ID };

/** Undefined when the region offers no way to pay that this storefront supports. */
export function choosePaymentMethod(
  regionProviderIds: readonly string[],
  stripePublishableKey: string | undefined,
): PaymentMethod | undefined {
  if (stripePublishableKey && regionProviderIds.includes(STRIPE_PROVIDER_ID)) {
    return { kind: "stripe", providerId: STRIPE_PROVIDER_ID, publishableKey: stripePublishableKey };
  }
  if (regionProviderIds.includes(TEST_PROVIDER_ID)) return { kind: "test", providerId: TEST_PROVIDER_ID };
  return undefined;
}

/** Stripe's PaymentIntent secret, which Medusa's Stripe provider keeps in the session data. */
export function stripeClientSecret(session: { data?: Record<string, unknown> | null } | undefined): string | undefined {
  const secret = session?.data?.client_secret;
  return typeof secret === "string" && secret ? secret : undefined;
}
