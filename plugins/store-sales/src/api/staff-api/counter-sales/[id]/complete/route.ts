import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffActorId, staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { counterSaleDetail } from "../../../../../lib/counter-sale"
import { completeCounterSaleWorkflow } from "../../../../../workflows/complete-counter-sale"
import type { CounterSaleResponse } from "../../route"
import type { StaffCompleteCounterSaleType } from "../../validators"

/**
 * POST /staff-api/counter-sales/:id/complete `{ method: "card" | "cash", amount }`:
 * the money is taken at the till; the sale becomes an order of this store. The
 * sale id is the idempotency key: a retry (double tap, lost answer, crash)
 * answers the same order and sells nothing twice.
 */
export async function POST(req: AuthenticatedMedusaRequest<StaffCompleteCounterSaleType>, res: MedusaResponse<CounterSaleResponse>) {
  await completeCounterSaleWorkflow(req.scope).run({
    input: {
      sale_id: req.params.id,
      actor_id: staffActorId(req),
      store_ids: staffStoreIds(req),
      method: req.validatedBody.method,
      amount: String(req.validatedBody.amount),
    },
  })
  res.json({ counter_sale: await counterSaleDetail(req.scope, req.params.id, staffStoreIds(req)) })
}
