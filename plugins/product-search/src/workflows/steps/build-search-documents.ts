import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildSearchDocuments } from "../../lib/build-search-documents"

export const buildSearchDocumentsStep = createStep(
  "search-build-documents",
  async (productIds: string[], { container }) => new StepResponse(await buildSearchDocuments(container, productIds)),
)
