import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { normalizeReturnCode } from "../../../../lib/return-code"
import { loadOrderForReturns, returnabilityOf } from "../../../../lib/order-returnability"
import { loadStoreReturnDetails } from "../../../../lib/store-return-details"
import { RETURN_POLICY_MODULE } from "../../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../../modules/return-policy/service"
import { assertStaffWorksAt, staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import type { AdminLookupStoreReturnType } from "../validators"

/**
 * At the counter: a booked return by its code, or an order by its number and the
 * shopper's e-mail (both must match, so an order number alone reveals nothing).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lookup = req.validatedQuery as AdminLookupStoreReturnType
  const visible = staffStoreIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  if ("code" in lookup) {
    const code = normalizeReturnCode(lookup.code)
    const { store_returns } = await loadStoreReturnDetails(query, { code })
    if (!store_returns[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return ${code} was not found.`)
    assertStaffWorksAt(req, store_returns[0].location?.id, `Return ${code}`)
    return res.json({ store_return: store_returns[0] })
  }

  const [order] = await loadOrderForReturns(query, { display_id: lookup.order_display_id })
  if (!order || order.email?.toLowerCase() !== lookup.email.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${lookup.order_display_id} for this e-mail.`)
  }
  const policy = await req.scope.resolve<ReturnPolicyModuleService>(RETURN_POLICY_MODULE).retrieveRules()
  const { store_returns } = await loadStoreReturnDetails(query, { order_id: order.id, location_id: visible })
  res.json({ ...returnabilityOf(order, policy), store_returns })
}
