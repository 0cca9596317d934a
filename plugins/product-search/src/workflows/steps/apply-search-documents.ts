import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BuiltDocuments } from "../../lib/build-search-documents"
import { PRODUCT_SEARCH_MODULE } from "../../modules/product-search"
import type ProductSearchModuleService from "../../modules/product-search/service"

export type ApplyInput = BuiltDocuments & {
  /** A full reindex: documents of products not in this batch are removed too. */
  replace_all?: boolean
}

// No compensation: indexing is idempotent and the next sync or reindex repairs it.
export const applySearchDocumentsStep = createStep(
  "search-apply-documents",
  async ({ documents, removed_ids, replace_all }: ApplyInput, { container }) => {
    const search = container.resolve<ProductSearchModuleService>(PRODUCT_SEARCH_MODULE)
    await search.index(documents)
    await search.remove(removed_ids)
    const stale = replace_all ? await search.removeAllExcept(documents.map((document) => document.id)) : 0
    return new StepResponse({ indexed: documents.length, removed: removed_ids.length + stale })
  },
)
