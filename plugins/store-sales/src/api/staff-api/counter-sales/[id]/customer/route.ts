import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { openSale, setCustomer } from "../../../../../lib/basket"
import { counterSaleDetail } from "../../../../../lib/counter-sale"
import type { CounterSaleResponse } from "../../route"
import type { StaffCounterCustomerType } from "../../validators"

/** POST /staff-api/counter-sales/:id/customer `{ email, first_name?, last_name? }`: found by e-mail, or created. */
export async function POST(req: AuthenticatedMedusaRequest<StaffCounterCustomerType>, res: MedusaResponse<CounterSaleResponse>) {
  const cart = await openSale(req.scope, req.params.id, staffStoreIds(req))
  await setCustomer(req.scope, cart, req.validatedBody)
  res.json({ counter_sale: await counterSaleDetail(req.scope, cart.id, staffStoreIds(req)) })
}
