/**
 * Which stores a member of staff works at: the stock location ids in their
 * Medusa admin user's `metadata.store_location_ids`. Shared contract: the
 * in-store returns plugin reads the same key through this module
 * (`@fairmade/click-and-collect/lib/staff-stores`). No key, no stores: access
 * is granted explicitly, never by default.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const STORE_LOCATION_IDS_KEY = "store_location_ids"

type WithMetadata = { metadata?: Record<string, unknown> | null }

export function storeLocationIdsOf(user: WithMetadata | null | undefined): string[] {
  const ids = user?.metadata?.[STORE_LOCATION_IDS_KEY]
  if (!Array.isArray(ids)) {
    return []
  }
  return ids.filter((id): id is string => typeof id === "string" && id.length > 0)
}

/** The stores of the signed-in admin user (`req.auth_context.actor_id`); none for API keys or unknown users. */
export async function storeLocationIdsOfUser(scope: MedusaContainer, userId: string | undefined): Promise<string[]> {
  if (!userId) {
    return []
  }
  const [user] = await scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id", "metadata"] })
  return storeLocationIdsOf(user)
}

/** Metadata to save on a user so they work at exactly `locationIds` (other keys kept). */
export function withStoreLocationIds(user: WithMetadata, locationIds: string[]): Record<string, unknown> {
  return { ...(user.metadata ?? {}), [STORE_LOCATION_IDS_KEY]: [...new Set(locationIds)] }
}
