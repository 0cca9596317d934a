/** Catalogue facts as content features, so new products get neighbours before anyone buys them. */
import { titleFeatures } from "../engine/content"
import type { ItemFeatures } from "../engine/types"

export type CatalogueProduct = {
  id: string
  title?: string | null
  material?: string | null
  categories?: ({ handle?: string | null } | null)[] | null
  tags?: ({ value?: string | null } | null)[] | null
}

export function productFeatures(products: readonly CatalogueProduct[]): ItemFeatures {
  const features = new Map<string, string[]>()
  for (const product of products) {
    const values = [
      ...(product.categories ?? []).flatMap((category) => (category?.handle ? [`category:${category.handle}`] : [])),
      ...(product.tags ?? []).flatMap((tag) => (tag?.value ? [`tag:${tag.value}`] : [])),
      ...(product.material ?? "").split(/[,/]| and /i).map((part) => part.trim().toLowerCase()).filter(Boolean).map((part) => `material:${part}`),
      ...titleFeatures(product.title ?? ""),
    ]
    features.set(product.id, values)
  }
  return features
}
