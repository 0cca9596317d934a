import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { deleteCustomerAccountWorkflow } from "../../../../../workflows/delete-customer-account"
import type { StoreDeleteAccountType } from "./validators"

type Answer = { deleted: true; anonymised_order_count: number }

/** Deletes the signed-in customer's account; their orders stay, anonymised, for the accounts. */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeleteAccountType>, res: MedusaResponse<Answer>) {
  const customerId = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  if (customer.email.toLowerCase() !== req.validatedBody.confirm_email.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The e-mail address typed is not this account's: nothing was deleted.")
  }
  const { result } = await deleteCustomerAccountWorkflow(req.scope).run({ input: { customer_id: customerId } })
  res.json({ deleted: true, anonymised_order_count: result.order_ids.length })
}
