import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const listProductIdsStep = createStep("search-list-product-ids", async (_: void, { container }) => {
  const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: null })
  return new StepResponse(products.map((product) => product.id))
})
