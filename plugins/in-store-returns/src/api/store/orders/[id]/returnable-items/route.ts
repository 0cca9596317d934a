import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadOrderForReturns, returnabilityOf } from "../../../../../lib/order-returnability"
import { RETURN_POLICY_MODULE } from "../../../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../../../modules/return-policy/service"

/** What of the shopper's own order can be returned, how many, and why not. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [order] = await loadOrderForReturns(query, { id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  const policy = await req.scope.resolve<ReturnPolicyModuleService>(RETURN_POLICY_MODULE).retrieveRules()
  res.json(returnabilityOf(order, policy))
}
