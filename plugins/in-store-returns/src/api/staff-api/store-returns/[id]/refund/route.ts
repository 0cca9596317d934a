import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadStoreReturnDetails } from "../../../../../lib/store-return-details"
import { retryStoreReturnRefundWorkflow } from "../../../../../workflows/retry-store-return-refund"
import { storeReturnActedOnAtCounter } from "../../load-scoped"

/** Retries a failed refund of a received return. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const storeReturn = await storeReturnActedOnAtCounter(req)
  await retryStoreReturnRefundWorkflow(req.scope).run({
    input: { store_return_id: storeReturn.id, refunded_by: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns } = await loadStoreReturnDetails(query, { id: storeReturn.id })
  res.json({ store_return: store_returns[0] })
}
