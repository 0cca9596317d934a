/**
 * Stock locations, the shipping profile, and the fulfillment sets, service
 * zones and shipping options of fulfillment-plan.ts.
 */
import type { MedusaContainer, ServiceZoneDTO, StockLocationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { createMissing, required } from "./create-missing"
import { fulfillmentSetPlans, OptionPlan, ZonePlan } from "./fulfillment-plan"
import { LOCATIONS } from "./places"

const FULFILLMENT_PROVIDER = "manual_manual"

export async function ensureStockLocations(
  container: MedusaContainer,
  salesChannelId: string,
): Promise<Map<string, StockLocationDTO>> {
  const locations = await createMissing({
    wanted: LOCATIONS,
    existing: await container
      .resolve(Modules.STOCK_LOCATION)
      .listStockLocations({ name: LOCATIONS.map((location) => location.name) }),
    keyOfWanted: (location) => location.name,
    keyOfExisting: (location) => location.name,
    create: async (missing) => {
      const input = missing.map(({ name, address, metadata }) => ({ name, address, metadata }))
      return (await createStockLocationsWorkflow(container).run({ input: { locations: input } })).result
    },
  })
  await linkToSalesChannelAndProvider(container, [...locations.values()], salesChannelId)
  return locations
}

/** Each location sells to the web shop's sales channel and ships with the manual provider. */
async function linkToSalesChannelAndProvider(
  container: MedusaContainer,
  locations: StockLocationDTO[],
  salesChannelId: string,
): Promise<void> {
  const { data: linked } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id"],
    filters: { id: locations.map((location) => location.id) },
  })
  for (const location of linked) {
    if (!location.sales_channels?.some((channel: { id: string } | null) => channel?.id === salesChannelId)) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
    }
  }
  const providerLinks = linked
    .filter((location) => !location.fulfillment_providers?.some((provider: { id: string } | null) => provider?.id === FULFILLMENT_PROVIDER))
    .map((location) => ({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
    }))
  if (providerLinks.length > 0) {
    await createLinksWorkflow(container).run({ input: providerLinks })
  }
}

/** Medusa's migrations create a default shipping profile; a fresh install without it gets one. */
export async function ensureDefaultShippingProfile(container: MedusaContainer): Promise<string> {
  const [existing] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

export async function ensureFulfillment(
  container: MedusaContainer,
  locations: Map<string, StockLocationDTO>,
  shippingProfileId: string,
): Promise<void> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const plans = fulfillmentSetPlans()
  const setNames = plans.map((plan) => plan.name)

  const existingSets = new Set((await fulfillment.listFulfillmentSets({ name: setNames })).map((set) => set.name))
  for (const plan of plans.filter((candidate) => !existingSets.has(candidate.name))) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: required(locations, plan.location).id, fulfillment_set_data: { name: plan.name, type: plan.type } },
    })
  }

  const sets = await fulfillment.listFulfillmentSets({ name: setNames }, { relations: ["service_zones"] })
  const setIdByName = new Map(sets.map((set) => [set.name, set.id]))
  const zones = await createMissing({
    wanted: plans.flatMap((plan) => plan.zones.map((zone) => ({ zone, setId: required(setIdByName, plan.name) }))),
    existing: sets.flatMap((set) => set.service_zones),
    keyOfWanted: ({ zone }) => zone.name,
    keyOfExisting: (zone) => zone.name,
    create: async (missing) => {
      const data = missing.map(({ zone, setId }) => ({
        name: zone.name,
        fulfillment_set_id: setId,
        geo_zones: zone.countries.map((country_code) => ({ type: "country" as const, country_code })),
      }))
      return (await createServiceZonesWorkflow(container).run({ input: { data } })).result
    },
  })
  await ensureShippingOptions(container, plans.flatMap((plan) => plan.zones), zones, shippingProfileId)
}

async function ensureShippingOptions(
  container: MedusaContainer,
  zonePlans: ZonePlan[],
  zones: Map<string, ServiceZoneDTO>,
  shippingProfileId: string,
): Promise<void> {
  const existing = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingOptions({ service_zone: { id: [...zones.values()].map((zone) => zone.id) } })
  const optionKey = (zoneId: string, name: string) => `${zoneId}/${name}`
  await createMissing({
    wanted: zonePlans.flatMap((zone) =>
      zone.options.map((option) => ({ option, zoneId: required(zones, zone.name).id })),
    ),
    existing,
    keyOfWanted: ({ option, zoneId }) => optionKey(zoneId, option.name),
    keyOfExisting: (option) => optionKey(option.service_zone_id, option.name),
    create: async (missing) => {
      const input = missing.map(({ option, zoneId }) => shippingOptionInput(option, zoneId, shippingProfileId))
      return (await createShippingOptionsWorkflow(container).run({ input })).result
    },
  })
}

function shippingOptionInput(option: OptionPlan, serviceZoneId: string, shippingProfileId: string) {
  return {
    name: option.name,
    price_type: "flat" as const,
    provider_id: FULFILLMENT_PROVIDER,
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfileId,
    type: option.type,
    prices: option.prices,
    // Shown to shoppers in the storefront; not a return option.
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  }
}
