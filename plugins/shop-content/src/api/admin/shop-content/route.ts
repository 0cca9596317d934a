import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DOCUMENT_NAMES, DOCUMENT_SLUGS } from "../../../lib/documents"
import { SHOP_CONTENT_MODULE } from "../../../modules/shop-content"
import type ShopContentModuleService from "../../../modules/shop-content/service"

/** Each document with its versions, newest first (a draft has no published_at). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const content: ShopContentModuleService = req.scope.resolve(SHOP_CONTENT_MODULE)
  const documents = await Promise.all(
    DOCUMENT_SLUGS.map(async (slug) => {
      const versions = await content.listVersions(slug)
      const published = versions.find((version) => version.published_at) ?? null
      const draft = versions[0] && !versions[0].published_at ? versions[0] : null
      return { slug, name: DOCUMENT_NAMES[slug], published, draft, versions: versions.map(({ id, version, title, published_at }) => ({ id, version, title, published_at })) }
    }),
  )
  res.json({ documents })
}
