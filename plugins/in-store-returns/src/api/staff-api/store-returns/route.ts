import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { counterLocationId } from "@fairmade/shop-core/lib/staff-scope"
import { loadStoreReturnDetails } from "../../../lib/store-return-details"
import { requestStoreReturnWorkflow } from "../../../workflows/request-store-return"
import type { AdminCreateStoreReturnType, StaffListExpectedReturnsType } from "./validators"

/** Booked returns not fully received yet: what the counter should expect (newest booking first). */
const EXPECTED = ["requested", "receiving"]

/** GET /staff-api/store-returns: the returns expected at the staff member's store (theirs only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { location_id, limit } = req.validatedQuery as StaffListExpectedReturnsType
  const locationId = counterLocationId(req, location_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns, count } = await loadStoreReturnDetails(query, { location_id: locationId, status: EXPECTED }, { skip: 0, take: limit })
  res.json({ store_returns, count })
}

/** A walk-in: staff book the return of an online order at their counter, ready to receive. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateStoreReturnType>, res: MedusaResponse) {
  const body = req.validatedBody
  const locationId = counterLocationId(req, body.location_id)
  const { result } = await requestStoreReturnWorkflow(req.scope).run({
    input: {
      order_id: body.order_id,
      items: body.items,
      method: "in_store",
      location_id: locationId,
      customer_id: null,
      requested_by: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns } = await loadStoreReturnDetails(query, { id: result.id })
  res.status(201).json({ store_return: store_returns[0] })
}
