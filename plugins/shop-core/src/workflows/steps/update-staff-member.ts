import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE, type StaffModuleService } from "../../modules/staff"

export type UpdateStaffMemberStepInput = {
  id: string
  first_name?: string
  last_name?: string
  store_location_ids?: string[]
  status?: "active" | "removed"
  removed_at?: Date | null
}

export const updateStaffMemberStepId = "update-staff-member"

export const updateStaffMemberStep = createStep(
  updateStaffMemberStepId,
  async (input: UpdateStaffMemberStepInput, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const before = await staff.retrieveStaffMember(input.id)
    const after = await staff.updateStaffMembers(input)
    const previous = Object.fromEntries(Object.keys(input).map((key) => [key, before[key as keyof typeof before]]))
    return new StepResponse(after, { id: input.id, ...previous } as UpdateStaffMemberStepInput)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<StaffModuleService>(STAFF_MODULE).updateStaffMembers(previous)
  },
)
