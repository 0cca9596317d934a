import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../modules/product-search/service"
import { reindexAllProductsWorkflow } from "../../../../workflows/reindex-all-products"

/** "Reindex now": rebuilds every search document, then answers with the counts and the new status. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await reindexAllProductsWorkflow(req.scope).run()
  const status = await req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).status()
  res.json({ ...result, status })
}
