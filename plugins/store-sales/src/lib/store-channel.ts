/**
 * Each store is a Medusa sales channel of its own ("Store — Lyon"), linked to
 * the store's stock location only. Orders taken at the counter are created in
 * that channel, so:
 * - the admin's order list filters them by sales channel, natively;
 * - Medusa's cart completion reserves their stock at the channel's locations,
 *   i.e. at that store and nowhere else (never the warehouse);
 * - the web channel keeps its own locations (warehouse and stores) untouched.
 *
 * Each store also gets a hidden "Sold at the counter" shipping option (rule
 * `enabled_in_store = false`: never listed to shoppers), which is only what
 * Medusa's order fulfillment needs to name a provider when the goods are
 * handed over at the till.
 *
 * The ids live in the stock location's metadata (`sales_channel_id`,
 * `counter_shipping_option_id`), beside the other store settings. Ensuring is
 * idempotent: the seed runs it for every store, a counter sale runs it for its
 * store (so stores added later need nothing else), under a lock per store.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { isStore } from "@fairmade/shop-core/lib/stores"

export type StoreChannel = {
  location_id: string
  name: string
  sales_channel_id: string
  shipping_option_id: string
  region_id: string
  currency_code: string
  address: { address_1: string | null; city: string | null; postal_code: string | null; country_code: string }
}

const COUNTER_SET_TYPE = "counter"

type LocationRow = {
  id: string
  name: string
  metadata: Record<string, unknown> | null
  address: { address_1?: string | null; city?: string | null; postal_code?: string | null; country_code?: string | null } | null
  sales_channels?: ({ id: string } | null)[] | null
}

async function loadLocation(container: MedusaContainer, locationId: string): Promise<LocationRow> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata", "address.address_1", "address.city", "address.postal_code", "address.country_code", "sales_channels.id"],
    filters: { id: locationId },
  })
  const location = data[0] as LocationRow | undefined
  if (!location || !isStore(location)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Store ${locationId} was not found.`)
  return location
}

async function regionOf(container: MedusaContainer, countryCode: string) {
  const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
  const region = regions.find((candidate) => candidate.countries?.some((country) => country.iso_2 === countryCode))
  if (!region) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No region sells in ${countryCode.toUpperCase()}, the store's country: add it to a region in the admin.`)
  }
  return region
}

async function ensureChannel(container: MedusaContainer, location: LocationRow): Promise<string> {
  const known = location.metadata?.sales_channel_id
  if (typeof known === "string") {
    const [existing] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: known })
    if (existing) return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        {
          name: `Store — ${location.name}`,
          description: `Counter sales at ${location.name}`,
        },
      ],
    },
  })
  return result[0].id
}

async function ensureCounterOption(container: MedusaContainer, location: LocationRow, countryCode: string, currencyCode: string): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const known = location.metadata?.counter_shipping_option_id
  if (typeof known === "string") {
    const [existing] = await fulfillment.listShippingOptions({ id: known })
    if (existing) return existing.id
  }
  const setName = `Counter of ${location.name} (${location.id})`
  let [set] = await fulfillment.listFulfillmentSets({ name: setName }, { relations: ["service_zones"] })
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: setName, type: COUNTER_SET_TYPE } },
    })
    ;[set] = await fulfillment.listFulfillmentSets({ name: setName }, { relations: ["service_zones"] })
  }
  let zoneId = set.service_zones?.[0]?.id
  if (!zoneId) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: { data: [{ name: `${setName} zone`, fulfillment_set_id: set.id, geo_zones: [{ type: "country", country_code: countryCode }] }] },
    })
    zoneId = result[0].id
  }
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { take: 1 })
  const [anyProfile] = profile ? [profile] : await fulfillment.listShippingProfiles({}, { take: 1 })
  if (!anyProfile) throw new MedusaError(MedusaError.Types.INVALID_DATA, "No shipping profile exists yet: create one in the admin.")
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `Sold at the counter — ${location.name}`,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zoneId,
        shipping_profile_id: anyProfile.id,
        type: { label: "Counter sale", code: "counter", description: `Handed over at the till of ${location.name}` },
        prices: [{ currency_code: currencyCode, amount: 0 }],
        // Never offered to shoppers: the Store API lists options with enabled_in_store = true only.
        rules: [
          { attribute: "enabled_in_store", value: "false", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0].id
}

const inFlight = new Map<string, Promise<StoreChannel>>()

/** The store's sales channel, counter option and region, created and linked when missing. */
export function ensureStoreChannel(container: MedusaContainer, locationId: string): Promise<StoreChannel> {
  // One run per store at a time in this process; the lock covers other processes.
  const running = inFlight.get(locationId)
  if (running) return running
  const run = container
    .resolve(Modules.LOCKING)
    .execute(`store-channel:${locationId}`, () => ensureUnlocked(container, locationId), { timeout: 30 })
    .finally(() => inFlight.delete(locationId))
  inFlight.set(locationId, run)
  return run
}

async function ensureUnlocked(container: MedusaContainer, locationId: string): Promise<StoreChannel> {
  const location = await loadLocation(container, locationId)
  const countryCode = location.address?.country_code?.toLowerCase()
  if (!countryCode) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Store ${location.name} has no country in its address.`)
  const region = await regionOf(container, countryCode)
  const salesChannelId = await ensureChannel(container, location)
  if (!location.sales_channels?.some((channel) => channel?.id === salesChannelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  }
  const shippingOptionId = await ensureCounterOption(container, location, countryCode, region.currency_code)
  if (location.metadata?.sales_channel_id !== salesChannelId || location.metadata?.counter_shipping_option_id !== shippingOptionId) {
    await updateStockLocationsWorkflow(container).run({
      input: {
        selector: { id: location.id },
        update: { metadata: { ...(location.metadata ?? {}), sales_channel_id: salesChannelId, counter_shipping_option_id: shippingOptionId } },
      },
    })
  }
  return {
    location_id: location.id,
    name: location.name,
    sales_channel_id: salesChannelId,
    shipping_option_id: shippingOptionId,
    region_id: region.id,
    currency_code: region.currency_code,
    address: {
      address_1: location.address?.address_1 ?? null,
      city: location.address?.city ?? null,
      postal_code: location.address?.postal_code ?? null,
      country_code: countryCode,
    },
  }
}

/** Every store's channel (the seed, and the migration script for stores that exist already). */
export async function ensureEveryStoreChannel(container: MedusaContainer): Promise<StoreChannel[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "metadata"] })
  const channels: StoreChannel[] = []
  for (const location of data) {
    if (isStore(location)) channels.push(await ensureStoreChannel(container, location.id))
  }
  return channels
}
