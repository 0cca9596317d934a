import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STAFF_MODULE, type StaffModuleService } from "../../../modules/staff"
import { createStaffMemberWorkflow } from "../../../workflows/create-staff-member"
import { type StaffMemberRecord, type StaffMemberResponse, withStores } from "./present"
import type { AdminCreateStaffMemberType, AdminListStaffMembersType } from "./validators"

export type AdminStaffMemberListResponse = { staff_members: StaffMemberResponse[]; count: number; limit: number; offset: number }
export type AdminStaffMemberResponse = { staff_member: StaffMemberResponse }

/** GET /admin/store-staff: members (active by default) with the stores they work at. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListStaffMembersType>, res: MedusaResponse<AdminStaffMemberListResponse>) {
  const { status, limit, offset } = req.validatedQuery
  const staff: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const [members, count] = await staff.listAndCountStaffMembers({ status }, { skip: offset, take: limit, order: { last_name: "ASC", first_name: "ASC" } })
  res.json({ staff_members: await withStores(req.scope, members as StaffMemberRecord[]), count, limit, offset })
}

/** POST /admin/store-staff: adds a member; they get the e-mail to choose their password. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateStaffMemberType>, res: MedusaResponse<AdminStaffMemberResponse>) {
  const { result } = await createStaffMemberWorkflow(req.scope).run({ input: req.validatedBody })
  const [staff_member] = await withStores(req.scope, [result as StaffMemberRecord])
  res.status(201).json({ staff_member })
}
