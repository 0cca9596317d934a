import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../modules/product-search/service"

/** Engine in use, document count and last sync, for the admin widget. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ status: await req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE).status() })
}
