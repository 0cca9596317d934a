import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Staff membership, shared with click-and-collect: an admin user's
 * `metadata.store_location_ids` lists the stock locations (stores) they work at.
 * A user without that key is back office: they see every store's returns in the lists
 * and report, but act at no counter.
 */
export async function staffLocationIds(req: AuthenticatedMedusaRequest): Promise<string[] | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "metadata"], filters: { id: req.auth_context.actor_id } })
  const ids = (data[0]?.metadata as Record<string, unknown> | null)?.store_location_ids
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : null
}

/** The counter location a staff member acts at: the one asked for, which must be theirs, or their only store. */
export async function counterLocationId(req: AuthenticatedMedusaRequest, asked?: string | null): Promise<string> {
  const ids = (await staffLocationIds(req)) ?? []
  if (asked) {
    if (!ids.includes(asked)) throw new MedusaError(MedusaError.Types.FORBIDDEN, "You do not work at this store.")
    return asked
  }
  if (ids.length === 1) return ids[0]
  throw new MedusaError(
    ids.length ? MedusaError.Types.INVALID_DATA : MedusaError.Types.FORBIDDEN,
    ids.length ? "Say which of your stores you are at (location_id)." : "You are not staff at any store.",
  )
}

/** Returns booked at a store the user does not work at do not exist for them (404, not 403: no probing of codes). */
export function assertVisibleAt(locationIds: string[] | null, locationId: string, what: string) {
  if (locationIds !== null && !locationIds.includes(locationId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found.`)
  }
}

/** Acting at a counter needs membership of that store; back office users have none. */
export function assertActsAt(locationIds: string[] | null, locationId: string, what: string) {
  if (!locationIds?.includes(locationId)) {
    throw new MedusaError(locationIds === null ? MedusaError.Types.FORBIDDEN : MedusaError.Types.NOT_FOUND, locationIds === null ? "You are not staff at any store." : `${what} was not found.`)
  }
}
