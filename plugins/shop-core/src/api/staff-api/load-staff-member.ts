import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attachStaff } from "../../lib/staff-scope"
import { STAFF_MODULE, type StaffModuleService } from "../../modules/staff"

/**
 * After `authenticate("staff")`: the member the token names, still active.
 * A token outlives its member's removal (JWTs are not revoked), so this check
 * on every request is what locks a removed member out at once.
 */
export async function loadStaffMember(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as AuthenticatedMedusaRequest
  const staff: StaffModuleService = req.scope.resolve(STAFF_MODULE)
  const [member] = await staff.listStaffMembers({ id: req.auth_context.actor_id, status: "active" })
  if (!member) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "This staff account no longer exists. Ask an admin."))
  attachStaff(req, {
    id: member.id,
    first_name: member.first_name,
    last_name: member.last_name,
    email: member.email,
    store_location_ids: member.store_location_ids as string[],
  })
  next()
}
