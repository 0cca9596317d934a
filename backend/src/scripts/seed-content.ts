/**
 * Publishes the demo shop's first terms of sale, privacy notice, legal notice and FAQ
 * (shop-content plugin), each only if it has no published version yet. Run by
 * `npm start` after the demo seed:
 *
 *   cd backend && npx medusa exec ./src/scripts/seed-content.ts
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishContentDocumentWorkflow, saveContentDraftWorkflow } from "@fairmade/shop-content/workflows"
import { SHOP_DOCUMENTS } from "./seed/shop-documents"

export default async function seedContent({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const content = container.resolve("shop_content") as { retrievePublished(slug: string): Promise<unknown> }
  for (const document of SHOP_DOCUMENTS) {
    if (await content.retrievePublished(document.slug)) continue
    await saveContentDraftWorkflow(container).run({ input: document })
    await publishContentDocumentWorkflow(container).run({ input: { slug: document.slug } })
    logger.info(`Published "${document.title}" (version 1).`)
  }
}
