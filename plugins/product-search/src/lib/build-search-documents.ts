import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SearchDocument } from "../modules/product-search/types"
import { PRODUCT_SEARCH_FIELDS, ProductForSearch } from "./product-fields"
import { toSearchDocument } from "./product-document"

const PRODUCTS_PER_QUERY = 200

export type BuiltDocuments = { documents: SearchDocument[]; removed_ids: string[] }

/** Documents of the given products; ids of products gone or unpublished go to `removed_ids`. */
export async function buildSearchDocuments(container: MedusaContainer, productIds: string[]): Promise<BuiltDocuments> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
  const locationNames = new Map(locations.map((location: { id: string; name: string }) => [location.id, location.name]))
  const documents: SearchDocument[] = []
  for (let start = 0; start < productIds.length; start += PRODUCTS_PER_QUERY) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: PRODUCT_SEARCH_FIELDS,
      filters: { id: productIds.slice(start, start + PRODUCTS_PER_QUERY) },
    })
    for (const product of products as unknown as ProductForSearch[]) {
      const document = toSearchDocument(product, locationNames)
      if (document) documents.push(document)
    }
  }
  const indexed = new Set(documents.map((document) => document.id))
  return { documents, removed_ids: productIds.filter((id) => !indexed.has(id)) }
}
