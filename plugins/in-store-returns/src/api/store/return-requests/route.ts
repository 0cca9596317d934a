import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forShopper, loadStoreReturnDetails } from "../../../lib/store-return-details"
import { requestStoreReturnWorkflow } from "../../../workflows/request-store-return"
import type { StoreCreateReturnRequestType } from "./validators"

/** Books a return of the shopper's own order; answers with the counter code and instructions. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReturnRequestType>, res: MedusaResponse) {
  const body = req.validatedBody
  const customerId = req.auth_context.actor_id
  const { result } = await requestStoreReturnWorkflow(req.scope).run({
    input: {
      order_id: body.order_id,
      items: body.items,
      method: body.method,
      location_id: body.method === "drop_at_store" ? body.location_id : null,
      customer_id: customerId,
      requested_by: customerId,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns } = await loadStoreReturnDetails(query, { id: result.id }, {}, { withCode: true })
  res.status(201).json({ return_request: forShopper(store_returns[0]) })
}

/** The shopper's returns, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns, count } = await loadStoreReturnDetails(query, { customer_id: req.auth_context.actor_id }, { take: 50 }, { withCode: true })
  res.json({ return_requests: store_returns.map(forShopper), count })
}
