import { MedusaService } from "@medusajs/framework/utils"
import { ContentDocument } from "./models/content-document"

export type ContentDocumentRecord = {
  id: string
  slug: string
  version: number
  title: string
  body: string
  published_at: Date | string | null
}

class ShopContentModuleService extends MedusaService({ ContentDocument }) {
  /** Every version of a document, newest first. */
  async listVersions(slug: string): Promise<ContentDocumentRecord[]> {
    return (await this.listContentDocuments({ slug }, { order: { version: "DESC" } })) as ContentDocumentRecord[]
  }

  /** The version in force: the newest published one, or null while none is. */
  async retrievePublished(slug: string): Promise<ContentDocumentRecord | null> {
    const [current] = await this.listContentDocuments(
      { slug, published_at: { $ne: null } },
      { order: { version: "DESC" }, take: 1 },
    )
    return (current as ContentDocumentRecord | undefined) ?? null
  }
}

export default ShopContentModuleService
