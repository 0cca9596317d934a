import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_FIELDS, ProductForSearch } from "./product-fields"
import { cheapestCalculatedPrice, PagePrices, ProductSearchDocument, SEARCH_CURRENCIES, toSearchDocument } from "./product-document"

type Query = Pick<RemoteQueryFunction, "graph">

/** Query fields of a product the index reads (the page of rows the Search Module's graph helpers hand to `toDocuments`). */
export const PRODUCT_INDEX_FIELDS = PRODUCT_SEARCH_FIELDS

// Every event about a product reads them; they change rarely, and a few seconds late is harmless.
const SHARED_ROWS_FRESH_FOR_MS = 5_000
let sharedRows: { at: number; rows: Promise<[{ data: any[] }, { data: any[] }]> } | null = null

function locationsAndRegions(query: Query) {
  if (!sharedRows || Date.now() - sharedRows.at > SHARED_ROWS_FRESH_FOR_MS) {
    const rows = Promise.all([query.graph({ entity: "stock_location", fields: ["id"] }), query.graph({ entity: "region", fields: ["id", "currency_code"] })])
    sharedRows = { at: Date.now(), rows: rows as any }
    rows.catch(() => (sharedRows = null))
  }
  return sharedRows.rows
}

/**
 * Documents of a page of products: the products' own fields, plus the listing
 * price per currency (one priced read per region currency) and the stock
 * locations. A fixed number of queries per page, whatever its size.
 */
export async function toDocuments(query: Query, products: ProductForSearch[]): Promise<ProductSearchDocument[]> {
  if (!products.length) return []
  const ids = products.map((product) => product.id)
  const [{ data: locations }, { data: regions }] = await locationsAndRegions(query)
  const pricesById = new Map<string, PagePrices>(ids.map((id) => [id, {}]))
  const regionByCurrency = new Map<string, string>()
  for (const region of regions as { id: string; currency_code: string }[]) {
    const currency = region.currency_code.toLowerCase()
    if ((SEARCH_CURRENCIES as readonly string[]).includes(currency) && !regionByCurrency.has(currency)) regionByCurrency.set(currency, region.id)
  }
  await Promise.all(
    [...regionByCurrency].map(async ([currency, regionId]) => {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "variants.calculated_price.*"],
        filters: { id: ids },
        context: { variants: { calculated_price: QueryContext({ region_id: regionId, currency_code: currency }) } },
      })
      for (const product of data as any[]) {
        const price = cheapestCalculatedPrice(product.variants)
        if (price) (pricesById.get(product.id) as any)[currency] = price
      }
    }),
  )
  const locationIds = (locations as { id: string }[]).map((location) => location.id)
  return products.flatMap((product) => toSearchDocument(product, locationIds, pricesById.get(product.id) ?? {}) ?? [])
}
