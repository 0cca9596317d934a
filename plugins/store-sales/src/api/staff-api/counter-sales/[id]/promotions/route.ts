import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { changePromoCode, openSale } from "../../../../../lib/basket"
import { counterSaleDetail } from "../../../../../lib/counter-sale"
import type { CounterSaleResponse } from "../../route"
import type { StaffCounterPromotionType } from "../../validators"

/** POST /staff-api/counter-sales/:id/promotions `{ code, action: "add" | "remove" }`. */
export async function POST(req: AuthenticatedMedusaRequest<StaffCounterPromotionType>, res: MedusaResponse<CounterSaleResponse>) {
  const cart = await openSale(req.scope, req.params.id, staffStoreIds(req))
  await changePromoCode(req.scope, cart, req.validatedBody.code, req.validatedBody.action)
  res.json({ counter_sale: await counterSaleDetail(req.scope, cart.id, staffStoreIds(req)) })
}
