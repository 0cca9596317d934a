import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StoreSearchResult } from "./contract"
import { facetLabels } from "./labels"
import { PRODUCT_INDEX, toModuleQuery } from "./to-module-query"
import { toStoreResult } from "./to-store-result"
import type { StoreSearchParamsType } from "./validators"

/**
 * Product search for the storefront's search page and suggestions: strict
 * parameters in, the Search Module's product index queried (disjunctive
 * facets, highlights), hits with prices, labelled facets and a spelling
 * suggestion out. Medusa's own POST /store/search serves the same index raw.
 */
export async function GET(req: MedusaRequest<unknown, StoreSearchParamsType>, res: MedusaResponse<StoreSearchResult>) {
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const params = req.validatedQuery as StoreSearchParamsType
  const salesChannelIds = (req as any).publishable_key_context?.sales_channel_ids as string[] | undefined
  const [result, labels] = await Promise.all([
    searchModule.search(toModuleQuery(params, salesChannelIds)),
    facetLabels(req.scope.resolve(ContainerRegistrationKeys.QUERY)),
  ])
  res.json(toStoreResult(result, params, labels, searchModule.getIndex(PRODUCT_INDEX).provider))
}
