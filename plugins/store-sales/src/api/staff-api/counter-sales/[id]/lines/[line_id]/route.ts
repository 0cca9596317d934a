import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { openSale, setLineQuantity } from "../../../../../../lib/basket"
import { counterSaleDetail } from "../../../../../../lib/counter-sale"
import type { CounterSaleResponse } from "../../../route"
import type { StaffUpdateCounterLineType } from "../../../validators"

/** POST /staff-api/counter-sales/:id/lines/:line_id `{ quantity }`: 0 takes the line off. */
export async function POST(req: AuthenticatedMedusaRequest<StaffUpdateCounterLineType>, res: MedusaResponse<CounterSaleResponse>) {
  const cart = await openSale(req.scope, req.params.id, staffStoreIds(req))
  await setLineQuantity(req.scope, cart, req.params.line_id, req.validatedBody.quantity)
  res.json({ counter_sale: await counterSaleDetail(req.scope, cart.id, staffStoreIds(req)) })
}
