import { model } from "@medusajs/framework/utils"

export const STAFF_MEMBER_STATUSES = ["active", "removed"] as const
export type StaffMemberStatus = (typeof STAFF_MEMBER_STATUSES)[number]

/**
 * Someone who works at one or more of the producer's stores. Not a Medusa admin
 * user: they sign in as the `staff` actor (emailpass, `app_metadata.staff_id`)
 * and only reach `/staff-api`. Removed members are kept for the history their
 * ids appear in (pickup events, returns received), never reactivated.
 */
export const StaffMember = model
  .define("staff_member", {
    id: model.id({ prefix: "stf" }).primaryKey(),
    first_name: model.text(),
    last_name: model.text(),
    /** Lower-cased: the emailpass identifier they sign in with. */
    email: model.text(),
    /** Stock locations (stores) they work at. */
    store_location_ids: model.array().default([]),
    status: model.enum([...STAFF_MEMBER_STATUSES]).default("active"),
    removed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["email"], unique: true, where: "status = 'active' AND deleted_at IS NULL" }])
