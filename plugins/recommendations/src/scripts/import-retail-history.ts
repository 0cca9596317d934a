/**
 * Loads the demo's Online Retail sample as historical signals, then trains:
 *   cd backend && npx medusa exec ../plugins/recommendations/src/scripts/import-retail-history.ts [csv]
 * (default csv: backend/data/online-retail-sample.csv, relative to the backend).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import path from "node:path"
import { importRetailHistory } from "../history/import-retail-history"
import { trainRecommendationsWorkflow } from "../workflows/train-recommendations"

export default async function importRetailHistoryScript({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const csv = path.resolve(args[0] ?? "data/online-retail-sample.csv")
  const { imported } = await importRetailHistory(container, csv)
  const { result } = await trainRecommendationsWorkflow(container).run()
  logger.info(`Recommendations: imported ${imported} historical purchase signals; trained ${result.lists} lists in ${result.milliseconds} ms.`)
}
