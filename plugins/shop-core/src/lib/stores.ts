/**
 * Which stock locations are the producer's stores. The seed (and the admin)
 * write `metadata.kind` on each location: "store" for a shop with a counter,
 * "warehouse" for the one that ships. Every plugin asks here, never a copy.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { timeZoneOf } from "./time-zone"

export type LocationKind = "store" | "warehouse"
type LocationLike = { metadata?: Record<string, unknown> | null }

export const locationKind = (location: LocationLike): LocationKind | undefined => {
  const kind = location.metadata?.kind
  return kind === "store" || kind === "warehouse" ? kind : undefined
}
export const isStore = (location: LocationLike) => locationKind(location) === "store"
export const isWarehouse = (location: LocationLike) => locationKind(location) === "warehouse"

/** `time_zone`: the IANA zone every time about the store is shown in (see time-zone.ts). */
export type StoreSummary = { id: string; name: string; handle: string | null; time_zone: string }

/** The stores among `ids` (all stores when `ids` is undefined), by name. */
export async function listStores(container: MedusaContainer, ids?: string[]): Promise<StoreSummary[]> {
  if (ids && ids.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "metadata", "address.country_code"],
    filters: ids ? { id: ids } : {},
  })
  return data
    .filter((location) => isStore(location))
    .map((location) => ({
      id: location.id,
      name: location.name,
      handle: typeof location.metadata?.handle === "string" ? location.metadata.handle : null,
      time_zone: timeZoneOf(location.metadata?.time_zone, location.address?.country_code),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
