import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { reindexAllProductsWorkflow } from "../workflows/reindex-all-products"

/**
 * Events keep the index current; this catches what they cannot: a database
 * seeded before the plugin was installed (empty index), and drift such as a
 * deleted category, repaired by a nightly full reindex.
 */
export default async function searchIndexUpkeep(container: MedusaContainer) {
  const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const { document_count, last_synced_at } = await search.status()
  const dayOld = !last_synced_at || Date.now() - Date.parse(last_synced_at) > 24 * 3_600_000
  if (document_count === 0 || dayOld) await reindexAllProductsWorkflow(container).run()
}

// Every minute: a new database gets its index within a minute of the worker starting; the check is one cheap query.
export const config = { name: "search-index-upkeep", schedule: "* * * * *" }
