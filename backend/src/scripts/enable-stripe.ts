/**
 * Offers Stripe in every region, next to what each region already offers.
 *
 *   cd backend && STRIPE_API_KEY=sk_… npx medusa exec ./src/scripts/enable-stripe.ts
 *
 * Regions list their payment providers in the database; registering Stripe in
 * medusa-config (when STRIPE_API_KEY is set) does not add it to them. Run it
 * after the seed whenever STRIPE_API_KEY is set; it is idempotent: regions
 * that already offer Stripe are left alone. Without STRIPE_API_KEY it does nothing.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"

/** Provider "stripe" of payment-module.ts, card payments service. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/** Adds Stripe to the regions lacking it; returns the names of the regions changed. */
export async function enableStripeInRegions(container: MedusaContainer): Promise<string[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
  })
  const regions = data as { id: string; name: string; payment_providers: { id: string }[] }[]
  const lacking = regions.filter((region) => !region.payment_providers.some((provider) => provider.id === STRIPE_PROVIDER_ID))
  for (const region of lacking) {
    const current = region.payment_providers.map((provider) => provider.id)
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...current, STRIPE_PROVIDER_ID] } },
    })
  }
  return lacking.map((region) => region.name)
}

export default async function enableStripe({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!process.env.STRIPE_API_KEY) {
    logger.info("STRIPE_API_KEY is not set: Stripe is not registered, regions left as they are.")
    return
  }
  const changed = await enableStripeInRegions(container)
  logger.info(changed.length ? `Stripe enabled in: ${changed.join(", ")}.` : "Every region already offers Stripe.")
}
