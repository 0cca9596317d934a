import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { forShopper, loadStoreReturnDetails } from "../../../../lib/store-return-details"

/** One of the shopper's returns: code, instructions, status and refund. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns } = await loadStoreReturnDetails(query, { id: req.params.id, customer_id: req.auth_context.actor_id }, {}, { withCode: true })
  if (!store_returns[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${req.params.id} was not found.`)
  res.json({ return_request: forShopper(store_returns[0]) })
}
