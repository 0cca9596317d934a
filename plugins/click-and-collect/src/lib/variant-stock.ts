import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { VariantStock } from "./availability"

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number } | null
type InventoryLink = { required_quantity?: number | null; inventory?: { location_levels?: Level[] } | null } | null

/** Free units (stocked − reserved) per inventory item and location, for the variants asked about. */
export async function variantStock(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantStock>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "product.title",
      "manage_inventory",
      "allow_backorder",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: variantIds },
  })
  return new Map(
    data.map((variant) => [
      variant.id,
      {
        id: variant.id,
        title: [variant.product?.title, variant.title].filter(Boolean).join(" — "),
        manage_inventory: !!variant.manage_inventory,
        allow_backorder: !!variant.allow_backorder,
        inventory: (variant.inventory_items ?? []).flatMap((link: InventoryLink) =>
          link
            ? [
                {
                  required_quantity: Number(link.required_quantity ?? 1),
                  free_by_location: Object.fromEntries(
                    (link.inventory?.location_levels ?? []).flatMap((level: Level) =>
                      level ? [[level.location_id, Number(MathBN.sub(level.stocked_quantity, level.reserved_quantity))]] : [],
                    ),
                  ),
                },
              ]
            : [],
        ),
      },
    ]),
  )
}
