import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE, type StaffModuleService } from "../../modules/staff"

export type CreateStaffMemberStepInput = {
  first_name: string
  last_name: string
  email: string
  store_location_ids: string[]
}

export const createStaffMemberStepId = "create-staff-member"

export const createStaffMemberStep = createStep(
  createStaffMemberStepId,
  async (input: CreateStaffMemberStepInput, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const [taken] = await staff.listStaffMembers({ email: input.email, status: "active" }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.email} is already a member of staff.`)
    const member = await staff.createStaffMembers(input)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StaffModuleService>(STAFF_MODULE).deleteStaffMembers(id)
  },
)
