import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SHOP_CONTENT_MODULE } from "../../modules/shop-content"
import type ShopContentModuleService from "../../modules/shop-content/service"

export const publishContentDocumentStepId = "publish-content-document"

/** Publishes the document's draft: it becomes the version in force. */
export const publishContentDocumentStep = createStep(
  publishContentDocumentStepId,
  async ({ slug }: { slug: string }, { container }) => {
    const content: ShopContentModuleService = container.resolve(SHOP_CONTENT_MODULE)
    const [newest] = await content.listVersions(slug)
    if (!newest || newest.published_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${slug}" has no draft to publish: save a new version first.`)
    }
    const published = await content.updateContentDocuments({ id: newest.id, published_at: new Date() })
    return new StepResponse(published, newest.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const content: ShopContentModuleService = container.resolve(SHOP_CONTENT_MODULE)
    await content.updateContentDocuments({ id, published_at: null })
  },
)
