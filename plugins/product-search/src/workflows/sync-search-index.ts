import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applySearchDocumentsStep } from "./steps/apply-search-documents"
import { buildSearchDocumentsStep } from "./steps/build-search-documents"
import { ChangedRecords, resolveAffectedProductsStep } from "./steps/resolve-affected-products"

/** Re-indexes the products a change touched: products themselves, or their variants, prices, stock, categories. */
export const syncSearchIndexWorkflow = createWorkflow("search-sync-index", (input: ChangedRecords) => {
  const productIds = resolveAffectedProductsStep(input)
  const built = buildSearchDocumentsStep(productIds)
  return new WorkflowResponse(applySearchDocumentsStep(built))
})
