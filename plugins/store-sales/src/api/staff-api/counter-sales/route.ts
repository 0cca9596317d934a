import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { counterLocationId, staffActorId, staffStoreIds } from "@fairmade/shop-core/lib/staff-scope"
import { type CounterSaleDetail, counterSaleDetail } from "../../../lib/counter-sale"
import { openCounterSaleWorkflow } from "../../../workflows/open-counter-sale"
import type { StaffOpenCounterSaleType } from "./validators"

export type CounterSaleResponse = { counter_sale: CounterSaleDetail }

/** POST /staff-api/counter-sales `{ location_id? }`: a new, empty basket at one of the member's stores. */
export async function POST(req: AuthenticatedMedusaRequest<StaffOpenCounterSaleType>, res: MedusaResponse<CounterSaleResponse>) {
  const locationId = counterLocationId(req, req.validatedBody.location_id)
  const { result } = await openCounterSaleWorkflow(req.scope).run({ input: { location_id: locationId, actor_id: staffActorId(req) } })
  res.status(201).json({ counter_sale: await counterSaleDetail(req.scope, result.id, staffStoreIds(req)) })
}
