/**
 * Full reindex of the product search index through Medusa's Search Module
 * (a new version is seeded beside the serving one, then swapped in), printing
 * progress lines that scripts/search-reindex.mjs turns into a progress bar:
 *   cd backend && npx medusa exec ../plugins/product-search/.medusa/server/src/scripts/reindex-products.js
 */
import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const PROGRESS_PREFIX = "SEARCH_REINDEX_PROGRESS"
const POLL_MS = 200

export default async function reindexProducts({ container }: ExecArgs) {
  const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const products = await container.resolve(Modules.PRODUCT).listProducts({ status: "published" } as any, { select: ["id"], take: null })
  const total = products.length
  const startedAt = new Date()
  console.log(`${PROGRESS_PREFIX} 0/${total}`)
  // The module records each seed run and how many documents it has written so far.
  const progress = setInterval(async () => {
    const row = await knex("search_index_sync")
      .where("started_at", ">=", startedAt)
      .orderBy("created_at", "asc")
      .first("documents_synced")
      .catch(() => null)
    if (row) console.log(`${PROGRESS_PREFIX} ${Math.min(Number(row.documents_synced), total)}/${total}`)
  }, POLL_MS)
  try {
    const { job_id } = await searchModule.reindex({ index: "product", strategy: "swap" })
    console.log(`${PROGRESS_PREFIX} ${total}/${total}`)
    const [details] = (await searchModule.listIndexes()).filter((index) => index.name === "product")
    console.log(`Reindexed ${total} published products (job ${job_id}); index "product" is ${details?.status} on ${details?.provider}.`)
  } finally {
    clearInterval(progress)
  }
}
