import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** Kinds of records whose change alters search documents. */
export const CHANGED_RECORD_KINDS = ["product", "variant", "price", "price_list", "inventory_level", "inventory_item", "category", "collection"] as const
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
  price_list: {
    entity: "price_list",
    field: "prices.price_set.variant.product_id",
    productIdsOf: (list) => (list.prices ?? []).map((price: any) => price?.price_set?.variant?.product_id),
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

/** Product ids per changed record, read for many records at once. */
export async function productIdsByRecord(query: Pick<RemoteQueryFunction, "graph">, kind: Exclude<ChangedRecordKind, "product">, ids: string[]): Promise<Map<string, string[]>> {
  const { entity, field, productIdsOf } = LOOKUPS[kind]
  const { data } = await query.graph({ entity, fields: ["id", field], filters: { id: ids }, withDeleted: true } as any)
  return new Map(data.map((record: any) => [record.id, productIdsOf(record).filter((id): id is string => !!id)]))
}

/** The ids of the products whose search documents a change to these records may alter. */
export async function affectedProductIds(query: Pick<RemoteQueryFunction, "graph">, kind: ChangedRecordKind, ids: string[]): Promise<string[]> {
  if (kind === "product" || !ids.length) return [...new Set(ids)]
  const { entity, field, productIdsOf } = LOOKUPS[kind]
  const { data } = await query.graph({ entity, fields: ["id", field], filters: { id: ids }, withDeleted: true } as any)
  return [...new Set(data.flatMap(productIdsOf).filter((id): id is string => !!id))]
}

/** Which kind of record an event is about, by its name ("pricing.price.updated" → price). */
export const EVENT_RECORD_KINDS: Record<string, ChangedRecordKind> = {
  product: "product",
  "product-variant": "variant",
  "pricing.price": "price",
  "pricing.price-list": "price_list",
  "inventory-level": "inventory_level",
  "inventory-item": "inventory_item",
  "product-category": "category",
  "product-collection": "collection",
}

export function recordKindOfEvent(name: string): ChangedRecordKind | undefined {
  return EVENT_RECORD_KINDS[name.slice(0, name.lastIndexOf("."))]
}
