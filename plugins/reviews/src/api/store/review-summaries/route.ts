import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

type Summaries = { summaries: Record<string, { average: number | null; count: number }> }

/** GET /store/review-summaries?product_ids=a,b: average and count of published reviews, for listing and search cards. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<Summaries>) {
  const { product_ids } = req.validatedQuery as { product_ids: string[] }
  const summaries = await (req.scope.resolve(REVIEW_MODULE) as ReviewModuleService).summarize([...new Set(product_ids)])
  res.json({
    summaries: Object.fromEntries(Object.entries(summaries).map(([id, summary]) => [id, { average: summary.average, count: summary.count }])),
  })
}
