import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadStaffMemberStep } from "./steps/load-staff-member"
import { updateStaffMemberStep } from "./steps/update-staff-member"
import { validateStaffStoresStep } from "./steps/validate-staff-stores"

export type UpdateStaffMemberWorkflowInput = {
  id: string
  first_name?: string
  last_name?: string
  store_location_ids?: string[]
}

export const updateStaffMemberWorkflowId = "update-staff-member"

/** An admin renames a member or changes the stores they work at (only admins: staff have no route to it). */
export const updateStaffMemberWorkflow = createWorkflow(updateStaffMemberWorkflowId, (input: UpdateStaffMemberWorkflowInput) => {
  loadStaffMemberStep({ id: input.id })
  const storeIds = when({ input }, ({ input }) => !!input.store_location_ids).then(() =>
    validateStaffStoresStep({ store_location_ids: input.store_location_ids as string[] }),
  )
  const update = transform({ input, storeIds }, ({ input, storeIds }) => ({
    id: input.id,
    ...(input.first_name !== undefined ? { first_name: input.first_name.trim() } : {}),
    ...(input.last_name !== undefined ? { last_name: input.last_name.trim() } : {}),
    ...(storeIds ? { store_location_ids: storeIds } : {}),
  }))
  return new WorkflowResponse(updateStaffMemberStep(update))
})
