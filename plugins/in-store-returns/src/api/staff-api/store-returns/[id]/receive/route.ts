import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadStoreReturnDetails } from "../../../../../lib/store-return-details"
import { receiveStoreReturnWorkflow } from "../../../../../workflows/receive-store-return"
import { retryStoreReturnRefundWorkflow } from "../../../../../workflows/retry-store-return-refund"
import type { AdminReceiveStoreReturnType } from "../../validators"
import { storeReturnActedOnAtCounter } from "../../load-scoped"

/**
 * Staff take the items back (quantity and condition each); the refund follows in the same
 * workflow. Submitting again after an interrupted receipt (status "receiving") continues it:
 * if Medusa had received the units, the visit is recorded and refunded and that is the answer;
 * if not, it is undone and this receipt runs as submitted.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReceiveStoreReturnType>, res: MedusaResponse) {
  const storeReturn = await storeReturnActedOnAtCounter(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (storeReturn.status === "receiving") {
    const { result } = await retryStoreReturnRefundWorkflow(req.scope).run({
      input: { store_return_id: storeReturn.id, refunded_by: req.auth_context.actor_id },
    })
    if (result.outcome !== "undone") {
      const { store_returns } = await loadStoreReturnDetails(query, { id: storeReturn.id })
      return res.json({ store_return: store_returns[0] })
    }
  }
  await receiveStoreReturnWorkflow(req.scope).run({
    input: {
      store_return_id: storeReturn.id,
      location_id: storeReturn.location_id,
      items: req.validatedBody.items,
      received_by: req.auth_context.actor_id,
    },
  })
  const { store_returns } = await loadStoreReturnDetails(query, { id: storeReturn.id })
  res.json({ store_return: store_returns[0] })
}
