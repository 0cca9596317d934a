import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { returnCodeDigest } from "../../../../lib/return-code"
import { loadOrderForReturns, returnabilityOf } from "../../../../lib/order-returnability"
import { loadStoreReturnDetails } from "../../../../lib/store-return-details"
import { RETURN_POLICY_MODULE } from "../../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../../modules/return-policy/service"
import { assertStaffWorksAt, staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import type { AdminLookupStoreReturnType } from "../validators"

/**
 * POST /staff-api/store-returns/lookup, at the counter: a booked return by its code, or an
 * order by its number and the shopper's e-mail (both must match, so an order number
 * alone reveals nothing). A POST so the code and the e-mail travel in the body, never
 * in a URL that access logs and browser histories keep. The code is found by its
 * keyed digest and not sent back.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminLookupStoreReturnType>, res: MedusaResponse) {
  const lookup = req.validatedBody
  const visible = staffStoreIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  if ("code" in lookup) {
    const { store_returns } = await loadStoreReturnDetails(query, { code_digest: returnCodeDigest(lookup.code) })
    if (!store_returns[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No return has this code: check it with the shopper.")
    assertStaffWorksAt(req, store_returns[0].location?.id, "This return")
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
