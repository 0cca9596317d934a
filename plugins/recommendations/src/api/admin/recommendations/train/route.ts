import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trainRecommendationsWorkflow } from "../../../../workflows/train-recommendations"

/** POST /admin/recommendations/train: retrain now instead of waiting for the hourly job. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await trainRecommendationsWorkflow(req.scope).run()
  res.json({ training: result })
}
