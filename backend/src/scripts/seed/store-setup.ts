/**
 * The shop itself: its sales channel, regions and VAT, store settings and the
 * storefront's publishable API key.
 */
import type { MedusaContainer, RegionDTO, SalesChannelDTO, StoreDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { createMissing, required } from "./create-missing"
import { countriesOf, PUBLISHABLE_KEY_TITLE, REGIONS, STORE_NAME, WEB_SHOP_SALES_CHANNEL } from "./places"

export async function findStore(container: MedusaContainer): Promise<StoreDTO> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store) {
    throw new Error("No store: Medusa creates one when it boots; run the migrations first (medusa db:migrate).")
  }
  return store
}

export async function ensureWebShopSalesChannel(container: MedusaContainer): Promise<SalesChannelDTO> {
  const byName = await createMissing({
    wanted: [{ name: WEB_SHOP_SALES_CHANNEL, description: "The producer's own online shop." }],
    existing: await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: WEB_SHOP_SALES_CHANNEL }),
    keyOfWanted: (channel) => channel.name,
    keyOfExisting: (channel) => channel.name,
    create: async (salesChannelsData) =>
      (await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData } })).result,
  })
  return required(byName, WEB_SHOP_SALES_CHANNEL)
}

/** Regions by name, with the system payment provider and tax-inclusive prices, as consumers expect in Europe. */
export async function ensureRegions(container: MedusaContainer): Promise<Map<string, RegionDTO>> {
  const regions = await createMissing({
    wanted: REGIONS,
    existing: await container.resolve(Modules.REGION).listRegions(),
    keyOfWanted: (region) => region.name,
    keyOfExisting: (region) => region.name,
    create: async (missing) => {
      const input = missing.map((region) => ({
        name: region.name,
        currency_code: region.currency,
        countries: countriesOf(region),
        payment_providers: ["pp_system_default"],
        is_tax_inclusive: true,
      }))
      return (await createRegionsWorkflow(container).run({ input: { regions: input } })).result
    },
  })
  await ensureTaxRegions(container)
  return regions
}

/** One tax region per country, with its standard VAT rate as the default rate. */
async function ensureTaxRegions(container: MedusaContainer): Promise<void> {
  const vatByCountry = REGIONS.flatMap((region) => Object.entries(region.vat))
  await createMissing({
    wanted: vatByCountry,
    // Top-level tax regions only: province ones have a parent.
    existing: (
      await container.resolve(Modules.TAX).listTaxRegions({ country_code: vatByCountry.map(([country]) => country) })
    ).filter((taxRegion) => !taxRegion.parent_id),
    keyOfWanted: ([country]) => country,
    keyOfExisting: (taxRegion) => taxRegion.country_code,
    create: async (missing) => {
      const input = missing.map(([country_code, rate]) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { name: "VAT", code: "VAT", rate },
      }))
      return (await createTaxRegionsWorkflow(container).run({ input })).result
    },
  })
}

export async function configureStore(
  container: MedusaContainer,
  store: StoreDTO,
  defaults: { salesChannelId: string; regionId: string; locationId: string },
): Promise<void> {
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [
          { currency_code: "eur", is_default: true, is_tax_inclusive: true },
          { currency_code: "gbp", is_tax_inclusive: true },
        ],
        default_sales_channel_id: defaults.salesChannelId,
        default_region_id: defaults.regionId,
        default_location_id: defaults.locationId,
      },
    },
  })
}

/** The key the storefront sends; `npm start` reads its token from the database by this title. */
export async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const findKeys = async () =>
    (
      await query.graph({
        entity: "api_key",
        fields: ["id", "title", "revoked_at", "sales_channels.id"],
        filters: { title: PUBLISHABLE_KEY_TITLE, type: "publishable" },
      })
    ).data.filter((key) => !key.revoked_at)
  let [key] = await findKeys()
  if (!key) {
    await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    ;[key] = await findKeys()
  }
  if (!key.sales_channels?.some((channel: { id: string } | null) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  }
}

/** Written last: its presence tells later runs (and `npm start`) that the seed is complete. */
export async function markSeeded(container: MedusaContainer, store: StoreDTO, version: string): Promise<void> {
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { metadata: { ...store.metadata, seed_version: version } } },
  })
}
