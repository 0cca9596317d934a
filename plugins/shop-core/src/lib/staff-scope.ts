/**
 * What a `/staff-api` route knows about who is calling: the staff member the
 * `staff` token belongs to (loaded and checked active by shop-core's
 * middleware) and the stores they work at. Both plugins scope every read and
 * action with these helpers; a record of another store answers 404, as if it
 * did not exist, so ids and codes cannot be probed.
 */
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export type StaffOnRequest = {
  id: string
  first_name: string
  last_name: string
  email: string
  store_location_ids: string[]
}

const STAFF_KEY = "staff_member"

export function attachStaff(req: MedusaRequest, staff: StaffOnRequest) {
  ;(req as unknown as Record<string, unknown>)[STAFF_KEY] = staff
}

/** The signed-in staff member; 401 outside `/staff-api` (no member was loaded). */
export function staffOf(req: MedusaRequest): StaffOnRequest {
  const staff = (req as unknown as Record<string, StaffOnRequest | undefined>)[STAFF_KEY]
  if (!staff) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as store staff.")
  return staff
}

/** The stores the signed-in member works at (may be empty). */
export const staffStoreIds = (req: MedusaRequest): string[] => staffOf(req).store_location_ids

export const worksAt = (req: MedusaRequest, locationId: string | null | undefined) =>
  !!locationId && staffStoreIds(req).includes(locationId)

/** A record at `locationId` exists for this member only if they work there: 404 otherwise. */
export function assertStaffWorksAt(req: MedusaRequest, locationId: string | null | undefined, what: string) {
  if (!worksAt(req, locationId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found.`)
}

/**
 * The stores a list is narrowed to: the one asked for (which must be theirs,
 * 404 otherwise) or all of theirs.
 */
export function staffStoresToList(req: MedusaRequest, asked?: string | null): string[] {
  if (!asked) return staffStoreIds(req)
  assertStaffWorksAt(req, asked, `Store ${asked}`)
  return [asked]
}

/** The counter a member acts at: the store asked for (theirs), or their only store. */
export function counterLocationId(req: MedusaRequest, asked?: string | null): string {
  if (asked) {
    assertStaffWorksAt(req, asked, `Store ${asked}`)
    return asked
  }
  const ids = staffStoreIds(req)
  if (ids.length === 1) return ids[0]
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    ids.length ? "Say which of your stores you are at (location_id)." : "You do not work at any store yet: ask an admin.",
  )
}

/** Who did it, for the records the plugins keep (pickup events, returns received). */
export const staffActorId = (req: MedusaRequest) => staffOf(req).id
