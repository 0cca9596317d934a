/**
 * GET /store/search's pipeline without HTTP, on any provider: the route's
 * query (to-module-query), Medusa's own Search Module query handling
 * (normalisation, field checks, disjunctive facet expansion and merge, taken
 * from @medusajs/search itself), the provider, and the route's answer.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import {
  buildDisjunctiveFacetQueries,
  mergeDisjunctiveFacetResults,
  normalizeSearchQuery,
  resolveIndexDefinitions,
  validateFieldUsage,
} from "@medusajs/search/dist/utils"
import { PRODUCT_INDEX_SETTINGS, productSearchFields } from "../../plugins/product-search/src/lib/product-index-fields"
import { toModuleQuery } from "../../plugins/product-search/src/api/store/search/to-module-query"
import { toStoreResult } from "../../plugins/product-search/src/api/store/search/to-store-result"
import { StoreSearchParams } from "../../plugins/product-search/src/api/store/search/validators"
import type { StoreSearchResult } from "../../plugins/product-search/src/api/store/search/contract"

/** The product index definition as the module resolves it, under a throw-away physical name. */
export function productIndexDefinition(provider: string, physicalName: string): SearchTypes.ResolvedSearchIndexDefinition {
  const resolved = resolveIndexDefinitions({
    definitions: [
      {
        name: "product",
        entity: "product",
        fields: productSearchFields.toFields(),
        settings: PRODUCT_INDEX_SETTINGS,
        seed: async function* () {},
      },
    ],
    default_provider: provider,
  }).get("product")!
  return { ...resolved, physical_name: physicalName }
}

/** What the route answers for these query parameters (as a shopper would type them), through the module's query handling. */
export async function storeSearch(
  provider: SearchTypes.ISearchProvider,
  index: SearchTypes.ResolvedSearchIndexDefinition,
  rawParams: Record<string, unknown>,
): Promise<StoreSearchResult> {
  const params = StoreSearchParams.parse(rawParams)
  const normalized = normalizeSearchQuery({ query: toModuleQuery(params), index })
  validateFieldUsage({ index, query: normalized })
  const { base, per_facet } = buildDisjunctiveFacetQueries(normalized)
  const fields = [...per_facet.keys()]
  const results = await provider.searchMany!([base, ...fields.map((field) => per_facet.get(field)!)])
  const merged = mergeDisjunctiveFacetResults({ base: results[0], per_facet: new Map(fields.map((field, i) => [field, results[i + 1]])) })
  return toStoreResult(merged, params, { categories: new Map(), locations: new Map() }, provider.identifier)
}
