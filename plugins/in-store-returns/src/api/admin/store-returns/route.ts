import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadStoreReturnDetails } from "../../../lib/store-return-details"
import { requestStoreReturnWorkflow } from "../../../workflows/request-store-return"
import { counterLocationId, staffLocationIds } from "../../staff-scope"
import type { AdminCreateStoreReturnType, AdminListStoreReturnsType } from "./validators"

/** Returns with their store, reasons and status; staff see their stores' only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { location_id, status, limit, offset } = req.validatedQuery as AdminListStoreReturnsType
  const visible = await staffLocationIds(req)
  if (location_id && visible && !visible.includes(location_id)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "You do not work at this store.")
  }
  const filters: Record<string, unknown> = {}
  if (location_id) filters.location_id = location_id
  else if (visible) filters.location_id = visible
  if (status) filters.status = status
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns, count } = await loadStoreReturnDetails(query, filters, { skip: offset, take: limit })
  res.json({ store_returns, count, limit, offset })
}

/** A walk-in: staff book the return of an online order at their counter, ready to receive. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateStoreReturnType>, res: MedusaResponse) {
  const body = req.validatedBody
  const locationId = await counterLocationId(req, body.location_id)
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
