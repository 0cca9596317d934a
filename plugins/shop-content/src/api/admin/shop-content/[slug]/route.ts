import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isDocumentSlug } from "../../../../lib/documents"
import { saveContentDraftWorkflow } from "../../../../workflows/save-content-draft"
import type { AdminSaveContentDraftType } from "./validators"

/** Saves the document's draft (the next version); publishing is a separate step. */
export async function POST(req: MedusaRequest<AdminSaveContentDraftType>, res: MedusaResponse) {
  const slug = req.params.slug
  if (!isDocumentSlug(slug)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No document "${slug}".`)
  const { result } = await saveContentDraftWorkflow(req.scope).run({ input: { slug, ...req.validatedBody } })
  res.json({ draft: result })
}
