import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE, type StaffModuleService } from "../../../../modules/staff"
import { removeStaffMemberWorkflow } from "../../../../workflows/remove-staff-member"
import { updateStaffMemberWorkflow } from "../../../../workflows/update-staff-member"
import { type StaffMemberRecord, withStores } from "../present"
import type { AdminStaffMemberResponse } from "../route"
import type { AdminUpdateStaffMemberType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminStaffMemberResponse>) {
  const staff: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const [member] = await staff.listStaffMembers({ id: req.params.id })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff member ${req.params.id} was not found.`)
  const [staff_member] = await withStores(req.scope, [member as StaffMemberRecord])
  res.json({ staff_member })
}

/** POST /admin/store-staff/:id: name or stores. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateStaffMemberType>, res: MedusaResponse<AdminStaffMemberResponse>) {
  const { result } = await updateStaffMemberWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  const [staff_member] = await withStores(req.scope, [result as StaffMemberRecord])
  res.json({ staff_member })
}

/** DELETE /admin/store-staff/:id: the member is removed and can no longer sign in. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ id: string; object: "staff_member"; deleted: true }>) {
  await removeStaffMemberWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "staff_member", deleted: true })
}
