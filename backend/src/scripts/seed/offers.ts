/**
 * Picks the demo's offer products from the seeded catalogue (deterministic:
 * by handle) and creates the promotions, sale and friends' prices.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedPromotions } from "./promotions"

const SALE_CATEGORY = "candles-lighting"
const FRIENDS_CATEGORY = "home-decor"

export async function seedDemoOffers(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle", "products.id", "products.handle"],
    filters: { handle: ["christmas", SALE_CATEGORY, FRIENDS_CATEGORY] },
  })
  const byHandle = new Map(categories.map((category) => [category.handle, category]))
  const productIds = (handle: string, count: number) =>
    [...(byHandle.get(handle)?.products ?? [])]
      .filter((product): product is NonNullable<typeof product> => Boolean(product))
      .sort((a, b) => a.handle.localeCompare(b.handle))
      .slice(0, count)
      .map((product) => product.id)

  const christmas = byHandle.get("christmas")
  if (!christmas) throw new Error('The "christmas" category is missing: seed the catalogue first.')
  await seedPromotions(container, {
    christmasCategoryId: christmas.id,
    saleProductIds: productIds(SALE_CATEGORY, 3),
    friendsProductIds: productIds(FRIENDS_CATEGORY, 4),
  })
}
