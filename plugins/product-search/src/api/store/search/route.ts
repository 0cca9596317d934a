import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import { toSearchQuery } from "./to-search-query"
import type { StoreSearchParamsType } from "./validators"

/** Product search for shoppers: hits with highlights, facet counts and a spelling suggestion. */
export async function GET(req: MedusaRequest<unknown, StoreSearchParamsType>, res: MedusaResponse) {
  const search = req.scope.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
  const salesChannelIds = (req as any).publishable_key_context?.sales_channel_ids as string[] | undefined
  res.json(await search.search(toSearchQuery(req.validatedQuery as StoreSearchParamsType, salesChannelIds)))
}
