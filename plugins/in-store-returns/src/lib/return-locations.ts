/** A stock location as returns read it; `metadata.kind` tells a store from the warehouse (set by the seed). */
export type ReturnLocation = {
  id: string
  name: string
  metadata?: Record<string, unknown> | null
  address?: { address_1?: string | null; address_2?: string | null; city?: string | null; postal_code?: string | null; country_code?: string | null } | null
}

// Which locations are stores is shop-core's to say, for every plugin.
export { isStore, isWarehouse, locationKind } from "@fairmade/shop-core/lib/stores"

export const oneLineAddress = (location: ReturnLocation) =>
  [location.address?.address_1, location.address?.address_2, [location.address?.postal_code, location.address?.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ")
