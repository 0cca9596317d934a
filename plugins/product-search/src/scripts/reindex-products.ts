/**
 * Full reindex from the command line, printing progress lines that
 * scripts/search-reindex.mjs turns into a progress bar:
 *   cd backend && npx medusa exec ../plugins/product-search/.medusa/server/src/scripts/reindex-products.js
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import type ProductSearchModuleService from "../modules/product-search/service"
import { syncSearchIndexWorkflow } from "../workflows/sync-search-index"

const BATCH = 100
export const PROGRESS_PREFIX = "SEARCH_REINDEX_PROGRESS"

export default async function reindexProducts({ container }: ExecArgs) {
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: null })
  const ids = products.map((product) => product.id)
  let indexed = 0
  console.log(`${PROGRESS_PREFIX} 0/${ids.length}`)
  for (let start = 0; start < ids.length; start += BATCH) {
    const { result } = await syncSearchIndexWorkflow(container).run({ input: { kind: "product", ids: ids.slice(start, start + BATCH) } })
    indexed += result.indexed
    console.log(`${PROGRESS_PREFIX} ${Math.min(start + BATCH, ids.length)}/${ids.length}`)
  }
  const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const removed = await search.removeAllExcept(ids)
  const status = await search.status()
  console.log(`Indexed ${indexed} products, removed ${removed} stale documents; engine: ${status.engine}.`)
}
