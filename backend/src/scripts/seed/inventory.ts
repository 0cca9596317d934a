/** Stock levels of every variant at every location (see stock-levels.ts for the numbers). */
import type { InventoryTypes, MedusaContainer, StockLocationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductSpec } from "./catalogue"
import { createMissing, required } from "./create-missing"
import { LOCATIONS } from "./places"
import { stockQuantity } from "./stock-levels"

export async function ensureInventoryLevels(
  container: MedusaContainer,
  catalogue: ProductSpec[],
  locations: Map<string, StockLocationDTO>,
): Promise<number> {
  const inventory = container.resolve(Modules.INVENTORY)
  // createProductsWorkflow made one inventory item per managed variant, with the variant's SKU.
  const items = await inventory.listInventoryItems({ sku: catalogue.flatMap((p) => p.variants.map((v) => v.sku)) })
  const itemIdBySku = new Map(items.map((item) => [item.sku ?? "", item.id]))
  const levelKey = (level: { inventory_item_id: string; location_id: string }) =>
    `${level.inventory_item_id}@${level.location_id}`
  const wanted: InventoryTypes.CreateInventoryLevelInput[] = catalogue.flatMap((product) =>
    product.variants.flatMap((variant) =>
      LOCATIONS.map((location) => ({
        inventory_item_id: required(itemIdBySku, variant.sku),
        location_id: required(locations, location.name).id,
        stocked_quantity: stockQuantity(product.stock, variant.sku, location.metadata),
      })),
    ),
  )
  let created = 0
  await createMissing({
    wanted,
    existing: await inventory.listInventoryLevels({ inventory_item_id: items.map((item) => item.id) }),
    keyOfWanted: levelKey,
    keyOfExisting: levelKey,
    create: async (inventory_levels) => {
      created = inventory_levels.length
      return (await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels } })).result
    },
  })
  return created
}
