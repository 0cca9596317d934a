import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { addLine, openSale } from "../../../../../lib/basket"
import { counterSaleDetail } from "../../../../../lib/counter-sale"
import type { CounterSaleResponse } from "../../route"
import type { StaffAddCounterLineType } from "../../validators"

/** POST /staff-api/counter-sales/:id/lines `{ variant_id | code, quantity }`: adds units from this store's shelf. */
export async function POST(req: AuthenticatedMedusaRequest<StaffAddCounterLineType>, res: MedusaResponse<CounterSaleResponse>) {
  const cart = await openSale(req.scope, req.params.id, staffStoreIds(req))
  await addLine(req.scope, cart, req.validatedBody)
  res.json({ counter_sale: await counterSaleDetail(req.scope, cart.id, staffStoreIds(req)) })
}
