import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SHOP_CONTENT_MODULE } from "../../modules/shop-content"
import type ShopContentModuleService from "../../modules/shop-content/service"

export const saveContentDraftStepId = "save-content-draft"

type Input = { slug: string; title: string; body: string }
type Undo = { created_id?: string; previous?: { id: string; title: string; body: string } }

/**
 * Writes the document's draft: the unpublished newest version, or a new version after
 * the last published one. A published version is never edited.
 */
export const saveContentDraftStep = createStep(
  saveContentDraftStepId,
  async (input: Input, { container }) => {
    const content: ShopContentModuleService = container.resolve(SHOP_CONTENT_MODULE)
    const [newest] = await content.listVersions(input.slug)
    if (newest && !newest.published_at) {
      const updated = await content.updateContentDocuments({ id: newest.id, title: input.title, body: input.body })
      return new StepResponse(updated, { previous: { id: newest.id, title: newest.title, body: newest.body } } as Undo)
    }
    const created = await content.createContentDocuments({
      slug: input.slug,
      version: (newest?.version ?? 0) + 1,
      title: input.title,
      body: input.body,
      published_at: null,
    })
    return new StepResponse(created, { created_id: created.id } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const content: ShopContentModuleService = container.resolve(SHOP_CONTENT_MODULE)
    if (undo.created_id) await content.deleteContentDocuments(undo.created_id)
    if (undo.previous) await content.updateContentDocuments(undo.previous)
  },
)
