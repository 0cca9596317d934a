import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isDocumentSlug, publicDocument, type PublicDocument } from "../../../../lib/documents"
import { SHOP_CONTENT_MODULE } from "../../../../modules/shop-content"
import type ShopContentModuleService from "../../../../modules/shop-content/service"

/** The version in force of one of the shop's documents (terms, privacy, legal, faq). */
export async function GET(req: MedusaRequest, res: MedusaResponse<{ document: PublicDocument }>) {
  const slug = req.params.slug
  if (!isDocumentSlug(slug)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No document "${slug}".`)
  const content: ShopContentModuleService = req.scope.resolve(SHOP_CONTENT_MODULE)
  const current = await content.retrievePublished(slug)
  if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `"${slug}" is not published yet.`)
  res.json({ document: publicDocument(current) })
}
