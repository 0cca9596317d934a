import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applySearchDocumentsStep } from "./steps/apply-search-documents"
import { buildSearchDocumentsStep } from "./steps/build-search-documents"
import { listProductIdsStep } from "./steps/list-product-ids"

/** Rebuilds every search document from the catalogue and drops those of products that are gone. */
export const reindexAllProductsWorkflow = createWorkflow("search-reindex-all-products", () => {
  const productIds = listProductIdsStep()
  const built = buildSearchDocumentsStep(productIds)
  const full = transform({ built }, ({ built }) => ({ ...built, replace_all: true }))
  return new WorkflowResponse(applySearchDocumentsStep(full))
})
