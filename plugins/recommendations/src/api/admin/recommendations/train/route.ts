import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseOrThrow } from "../../../../serving/validation"
import { trainRecommendationsWorkflow } from "../../../../workflows/train-recommendations"
import { TrainRequest } from "./validators"

/** POST /admin/recommendations/train { mode?: "full" | "auto" }: retrain now instead of waiting for the hourly job. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { mode } = parseOrThrow(TrainRequest, req.body ?? {}, "training request")
  const { result } = await trainRecommendationsWorkflow(req.scope).run({ input: { mode } })
  res.json({ training: result })
}
