import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Kinds of records whose change alters search documents. */
export const CHANGED_RECORD_KINDS = ["product", "variant", "price", "inventory_level", "inventory_item", "category", "collection"] as const
export type ChangedRecordKind = (typeof CHANGED_RECORD_KINDS)[number]

type Lookup = { entity: string; field: string; productIdsOf: (record: any) => (string | undefined)[] }

// How to get from a changed record to the products it appears in. Deleted
// records are read too, so a deleted variant still leads to its product.
const LOOKUPS: Record<Exclude<ChangedRecordKind, "product">, Lookup> = {
  variant: { entity: "product_variant", field: "product_id", productIdsOf: (variant) => [variant.product_id] },
  price: {
    entity: "price",
    field: "price_set.variant.product_id",
    productIdsOf: (price) => [price.price_set?.variant?.product_id],
  },
  inventory_level: {
    entity: "inventory_level",
    field: "inventory_item.variants.product_id",
    productIdsOf: (level) => (level.inventory_item?.variants ?? []).map((variant: any) => variant?.product_id),
  },
  inventory_item: {
    entity: "inventory_item",
    field: "variants.product_id",
    productIdsOf: (item) => (item.variants ?? []).map((variant: any) => variant?.product_id),
  },
  category: { entity: "product_category", field: "products.id", productIdsOf: (category) => (category.products ?? []).map((p: any) => p?.id) },
  collection: {
    entity: "product_collection",
    field: "products.id",
    productIdsOf: (collection) => (collection.products ?? []).map((p: any) => p?.id),
  },
}

/** The ids of the products whose search documents a change to these records may alter. */
export async function affectedProductIds(container: MedusaContainer, kind: ChangedRecordKind, ids: string[]): Promise<string[]> {
  if (kind === "product" || !ids.length) return [...new Set(ids)]
  const { entity, field, productIdsOf } = LOOKUPS[kind]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", field], filters: { id: ids }, withDeleted: true } as any)
  return [...new Set(data.flatMap(productIdsOf).filter((id): id is string => !!id))]
}
