import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteAuthIdentityStep } from "@medusajs/medusa/core-flows"
import { findStaffSignInStep } from "./steps/find-staff-sign-in"
import { loadStaffMemberStep } from "./steps/load-staff-member"
import { updateStaffMemberStep } from "./steps/update-staff-member"

export const removeStaffMemberWorkflowId = "remove-staff-member"

/**
 * A member leaves: the record stays (as "removed", for the history that names
 * them) and their sign-in is deleted, so the password no longer works. Tokens
 * already issued are refused by the /staff-api middleware, which checks the
 * member is still active on every request.
 */
export const removeStaffMemberWorkflow = createWorkflow(removeStaffMemberWorkflowId, (input: { id: string }) => {
  const member = loadStaffMemberStep({ id: input.id })
  const signIns = findStaffSignInStep(transform({ member }, ({ member }) => ({ staff_id: member.id, email: member.email })))
  const removal = transform({ input }, ({ input }) => ({ id: input.id, status: "removed" as const, removed_at: new Date() }))
  const removed = updateStaffMemberStep(removal)
  deleteAuthIdentityStep({ id: signIns })
  return new WorkflowResponse(removed)
})
