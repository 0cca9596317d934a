import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadStoreReturnDetails } from "../../../lib/store-return-details"
import type { AdminListStoreReturnsType } from "./validators"

/** Every store's returns with their store, reasons and status, for the back office (admin users only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { location_id, status, limit, offset } = req.validatedQuery as AdminListStoreReturnsType
  const filters: Record<string, unknown> = {}
  if (location_id) filters.location_id = location_id
  if (status) filters.status = status
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { store_returns, count } = await loadStoreReturnDetails(query, filters, { skip: offset, take: limit })
  res.json({ store_returns, count, limit, offset })
}
