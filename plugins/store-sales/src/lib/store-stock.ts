/**
 * Units of each variant free on one store's shelf: stocked − reserved at that
 * location, through every inventory item the variant needs (kits count their
 * scarcest part). `null` for a variant whose inventory is not managed.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"

export async function storeStock(container: MedusaContainer, variantIds: string[], locationId: string): Promise<Map<string, number | null>> {
  const stock = new Map<string, number | null>()
  if (!variantIds.length) return stock
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
    filters: { id: variantIds },
  })
  const itemIds = variants.flatMap((variant: any) => (variant.inventory_items ?? []).map((link: any) => link.inventory_item_id))
  const levels = itemIds.length
    ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds, location_id: locationId })
    : []
  const free = new Map(levels.map((level) => [level.inventory_item_id, MathBN.sub(level.stocked_quantity, level.reserved_quantity)]))
  for (const variant of variants as any[]) {
    if (!variant.manage_inventory) {
      stock.set(variant.id, null)
      continue
    }
    const links: { inventory_item_id: string; required_quantity: number }[] = variant.inventory_items ?? []
    const units = links.length
      ? Math.min(
          ...links.map((link) => {
            const available = free.get(link.inventory_item_id)
            return available === undefined ? 0 : Math.max(0, Math.floor(Number(available) / (Number(link.required_quantity) || 1)))
          }),
        )
      : 0
    stock.set(variant.id, units)
  }
  return stock
}
