import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE, type StaffModuleService } from "../../modules/staff"

export const loadStaffMemberStepId = "load-staff-member"

/** The active member `id`; 404 for unknown or removed ones (removed members are history, not edited). */
export const loadStaffMemberStep = createStep(loadStaffMemberStepId, async (input: { id: string }, { container }) => {
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  const [member] = await staff.listStaffMembers({ id: input.id, status: "active" })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff member ${input.id} was not found.`)
  return new StepResponse(member)
})
