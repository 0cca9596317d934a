import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadStoreReturnDetails } from "../../../../../lib/store-return-details"
import { receiveStoreReturnWorkflow } from "../../../../../workflows/receive-store-return"
import type { AdminReceiveStoreReturnType } from "../../validators"
import { storeReturnActedOnAtCounter } from "../../load-scoped"

/** Staff take the items back (quantity and condition each); the refund follows in the same workflow. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReceiveStoreReturnType>, res: MedusaResponse) {
  const storeReturn = await storeReturnActedOnAtCounter(req)
  await receiveStoreReturnWorkflow(req.scope).run({
    input: {
      store_return_id: storeReturn.id,
      location_id: storeReturn.location_id,
      items: req.validatedBody.items,
      received_by: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns } = await loadStoreReturnDetails(query, { id: storeReturn.id })
  res.json({ store_return: store_returns[0] })
}
