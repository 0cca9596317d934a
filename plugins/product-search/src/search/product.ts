/**
 * The product search index, defined with Medusa's Search Module: the module
 * creates and versions it, fills it (`seed`), keeps it current from the events
 * below (`consume`), rebuilds it on `reindex` and swaps the new version in.
 * The provider is the module's default: the embedded engine, or Meilisearch
 * when MEILISEARCH_HOST is set (backend/src/config/search-module.ts).
 */
import { defineSearchIndex, graphSeed } from "@medusajs/framework/utils"
import { recordKindOfEvent } from "../lib/affected-products"
import { AffectedProductsBatcher, DocumentBatcher } from "../lib/document-batcher"
import { PRODUCT_INDEX_FIELDS, toDocuments } from "../lib/product-index-source"
import { PRODUCT_INDEX_SETTINGS, productSearchFields } from "../lib/product-index-fields"

/** Events that change what a product's document holds; `consume` maps each to the products concerned. */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "pricing.price.created",
  "pricing.price.updated",
  "pricing.price.deleted",
  "pricing.price-list.created",
  "pricing.price-list.updated",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "inventory-item.updated",
  "product-category.updated",
  "product-collection.updated",
]

// One per process: the events a burst of catalogue changes sends share their reads.
const batcher = new DocumentBatcher()
const affected = new AffectedProductsBatcher()

const transform = (rows: any[], context: { container: { query: any } }) => toDocuments(context.container.query, rows) as any

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: PRODUCT_INDEX_SETTINGS,
  events: PRODUCT_INDEX_EVENTS,
  consume: async (event, context) => {
    const ids = [event.data?.id].flat().filter((id): id is string => typeof id === "string")
    // Only a deleted product leaves the index by id; a deleted variant or price re-reads its product.
    if (event.name === "product.deleted") return ids.length ? [{ action: "delete", filters: { id: ids } }] : []
    const kind = recordKindOfEvent(event.name)
    const productIds = kind ? await affected.productIds(context.container.query, kind, ids) : []
    const documents = await batcher.documents(context.container.query, productIds)
    const gone = productIds.filter((id) => !documents.has(id))
    return [
      { action: "upsert", documents: productIds.flatMap((id) => (documents.has(id) ? [documents.get(id)!] : [])) as any[] },
      ...(gone.length ? [{ action: "delete" as const, filters: { id: gone } }] : []),
    ]
  },
  seed: graphSeed({ fields: PRODUCT_INDEX_FIELDS, transform }),
})
