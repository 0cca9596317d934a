import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { exchangeOptionsFor } from "../../../../lib/exchange-variants"
import { loadOrderForReturns, returnabilityOf } from "../../../../lib/order-returnability"
import { loadStoreReturnDetails } from "../../../../lib/store-return-details"
import { RETURN_POLICY_MODULE } from "../../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../../modules/return-policy/service"
import { assertStaffWorksAt } from "@fairmade/shop-core/lib/staff-scope"

/**
 * One return with its items, visits and refund, plus what else of the order can still
 * come back and, for each line still expected, the variants the store could hand over
 * in exchange (price, units on its shelf, why not).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns } = await loadStoreReturnDetails(query, { id: req.params.id })
  const storeReturn = store_returns[0]
  if (!storeReturn) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${req.params.id} was not found.`)
  assertStaffWorksAt(req, storeReturn.location?.id, `Return ${req.params.id}`)
  const [order] = await loadOrderForReturns(query, { id: storeReturn.order.id })
  const policy = await req.scope.resolve<ReturnPolicyModuleService>(RETURN_POLICY_MODULE).retrieveRules()
  const expected = (storeReturn.items as { item_id: string; quantity: number; received_quantity: number }[])
    .filter((item) => item.quantity > item.received_quantity)
    .map((item) => item.item_id)
  const exchange_options =
    storeReturn.location && expected.length
      ? await exchangeOptionsFor(query, req.scope.resolve(Modules.INVENTORY), order, expected, storeReturn.location.id)
      : {}
  res.json({ store_return: storeReturn, ...returnabilityOf(order, policy), exchange_options })
}
