import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { counterSaleDetail } from "../../../../lib/counter-sale"
import type { CounterSaleResponse } from "../route"

/** GET /staff-api/counter-sales/:id: the basket with this store's stock per line, or the receipt once completed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CounterSaleResponse>) {
  res.json({ counter_sale: await counterSaleDetail(req.scope, req.params.id, staffStoreIds(req)) })
}
