import { Module } from "@medusajs/framework/utils"
import StaffModuleService from "./service"

export const STAFF_MODULE = "staff"
/** The Medusa actor type store staff authenticate as (`/auth/staff/emailpass`). */
export const STAFF_ACTOR_TYPE = "staff"

export default Module(STAFF_MODULE, { service: StaffModuleService })
export { STAFF_MEMBER_STATUSES, type StaffMemberStatus } from "./models/staff-member"
export type { default as StaffModuleService } from "./service"
