import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lookupRecommendations } from "../../../serving/lookup"
import { RecommendationQuery } from "../../../serving/schemas"
import { parseOrThrow } from "../../../serving/validation"
import { signedInCustomer } from "../../../serving/customer"

/**
 * GET /store/recommendations?placement=home|product|cart|account&product_id=…&limit=…
 * Product ids, best first, from precomputed lists; popularity when there is no list.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = parseOrThrow(RecommendationQuery, req.query, "recommendation request")
  res.json(await lookupRecommendations(req.scope, query, signedInCustomer(req)))
}
