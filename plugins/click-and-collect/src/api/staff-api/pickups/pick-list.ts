/**
 * What staff need to pick an order off the shelves: each line with its
 * variant, SKU, quantity and where it sits in the store. The bin is the
 * inventory level's `metadata.bin` at that store, when the shop records one.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type OrderLine = {
  id: string
  title: string
  variant_id?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  product_title?: string | null
  thumbnail?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
}

export async function pickListOf(container: MedusaContainer, items: OrderLine[], locationId: string) {
  const variantIds = items.flatMap((item) => (item.variant_id ? [item.variant_id] : []))
  const binByVariant = await binsAt(container, variantIds, locationId)
  // Lines a short pick brought down to nothing are no longer there to pick.
  return items.filter((item) => Number(item.detail?.quantity ?? item.quantity) > 0).map((item) => ({
    line_item_id: item.id,
    product_title: item.product_title ?? item.title,
    variant_title: item.variant_title ?? null,
    sku: item.variant_sku ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: Number(item.detail?.quantity ?? item.quantity),
    bin: (item.variant_id && binByVariant.get(item.variant_id)) || null,
  }))
}

async function binsAt(container: MedusaContainer, variantIds: string[], locationId: string) {
  const bins = new Map<string, string>()
  if (variantIds.length === 0) {
    return bins
  }
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const itemToVariant = new Map<string, string>()
  for (const variant of variants) {
    for (const link of variant.inventory_items ?? []) {
      if (link?.inventory_item_id) itemToVariant.set(link.inventory_item_id, variant.id)
    }
  }
  if (itemToVariant.size === 0) {
    return bins
  }
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: [...itemToVariant.keys()], location_id: locationId })
  for (const level of levels) {
    const bin = level.metadata?.bin
    const variantId = itemToVariant.get(level.inventory_item_id)
    if (typeof bin === "string" && variantId) bins.set(variantId, bin)
  }
  return bins
}
