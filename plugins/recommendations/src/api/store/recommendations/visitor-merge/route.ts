import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { VisitorMerge } from "../../../../serving/schemas"
import { parseOrThrow } from "../../../../serving/validation"
import { mergeAnonymousSignalsWorkflow } from "../../../../workflows/merge-anonymous-signals"

/**
 * POST /store/recommendations/visitor-merge { anonymous_id }, signed in: the
 * visitor's consented views and add-to-carts become the customer's at once,
 * so the account page right after sign-in already knows them.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { anonymous_id } = parseOrThrow(VisitorMerge, req.body, "visitor merge")
  const { result } = await mergeAnonymousSignalsWorkflow(req.scope).run({
    input: { anonymous_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ merged: result.merged })
}
