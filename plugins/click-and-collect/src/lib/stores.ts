/** The producer's stores and warehouses among the stock locations, with what the shop pages show. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isStore, isWarehouse, pickupSettingsOf } from "./store-settings"

type Linked<T> = (T | null)[] | null | undefined
type FulfillmentSet = { type: string; service_zones?: Linked<{ shipping_options?: Linked<{ id: string }> }> }

export async function listStoresAndWarehouses(container: MedusaContainer, salesChannelIds?: string[]) {
  const { data: locations } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: [
      "id",
      "name",
      "metadata",
      "address.*",
      "sales_channels.id",
      "fulfillment_sets.type",
      "fulfillment_sets.service_zones.shipping_options.id",
    ],
  })
  // With a publishable key, only the locations selling to its sales channel.
  const sells = (location: (typeof locations)[number]) =>
    !salesChannelIds?.length || (location.sales_channels ?? []).some((channel: { id: string } | null) => channel && salesChannelIds.includes(channel.id))
  const stores = locations
    .filter((location) => isStore(location) && sells(location))
    .map((location) => ({
      id: location.id,
      name: location.name,
      handle: (location.metadata?.handle as string | undefined) ?? location.id,
      address: location.address ?? null,
      settings: pickupSettingsOf(location),
      shipping_option_ids: ((location.fulfillment_sets ?? []) as Linked<FulfillmentSet>)!
        .filter((set) => set?.type === "pickup")
        .flatMap((set) => set?.service_zones ?? [])
        .flatMap((zone) => zone?.shipping_options ?? [])
        .flatMap((option) => (option ? [option.id] : [])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
  const warehouseIds = locations.filter((location) => isWarehouse(location) && sells(location)).map((location) => location.id)
  return { stores, warehouseIds }
}
