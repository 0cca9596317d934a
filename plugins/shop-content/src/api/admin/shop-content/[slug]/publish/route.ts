import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isDocumentSlug } from "../../../../../lib/documents"
import { publishContentDocumentWorkflow } from "../../../../../workflows/publish-content-document"

/** Publishes the draft: it becomes the version in force (for the terms: the one checkout asks to accept). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const slug = req.params.slug
  if (!isDocumentSlug(slug)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No document "${slug}".`)
  const { result } = await publishContentDocumentWorkflow(req.scope).run({ input: { slug } })
  res.json({ document: result })
}
