import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ACTIVE_STATUSES } from "../../../modules/pickup/statuses"
import { isOverdue, PICKUP_FIELDS, queueOrder } from "./queue"
import { staffLocationIds } from "./staff-access"
import type { AdminListPickupsType } from "./validators"

const LIST_FIELDS = [
  ...PICKUP_FIELDS,
  "order.id",
  "order.display_id",
  "order.email",
  "order.shipping_address.first_name",
  "order.shipping_address.last_name",
  "stock_location.name",
]

/** GET /staff-api/pickups: the queue of the user's stores, with counts per active status. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPickupsType>, res: MedusaResponse) {
  const { status, location_id, limit, offset } = req.validatedQuery
  const myStores = await staffLocationIds(req)
  if (location_id && !myStores.includes(location_id)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "You do not work at this store.")
  }
  const locationIds = location_id ? [location_id] : myStores
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { data: active } = await query.graph({
    entity: "pickup_order",
    fields: ["id", "status", "due_at", "expires_at", "created_at"],
    filters: { location_id: locationIds, status: [...ACTIVE_STATUSES] },
  })
  const now = new Date()
  const counts = Object.fromEntries(ACTIVE_STATUSES.map((s) => [s, active.filter((p) => p.status === s).length]))

  const { data: pickups } = await query.graph({
    entity: "pickup_order",
    fields: LIST_FIELDS,
    filters: { location_id: locationIds, status: status?.length ? status : [...ACTIVE_STATUSES] },
    pagination: { order: { created_at: "DESC" }, take: 1000 },
  })
  const page = queueOrder(pickups, now)
    .slice(offset, offset + limit)
    .map((pickup) => ({ ...pickup, overdue: isOverdue(pickup, now) }))

  res.json({
    pickups: page,
    count: pickups.length,
    limit,
    offset,
    counts: { ...counts, overdue: active.filter((p) => isOverdue(p, now)).length },
  })
}
