import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { STAFF_ACTOR_TYPE } from "../modules/staff"
import { createStaffMemberStep } from "./steps/create-staff-member"
import { createStaffSignInStep } from "./steps/create-staff-sign-in"
import { sendStaffInviteStep } from "./steps/send-staff-invite"
import { validateStaffStoresStep } from "./steps/validate-staff-stores"

export type CreateStaffMemberWorkflowInput = {
  first_name: string
  last_name: string
  email: string
  store_location_ids: string[]
  /** Send the set-password e-mail (the invite). The demo seed sets passwords itself. */
  send_invite?: boolean
}

export const createStaffMemberWorkflowId = "create-staff-member"

/**
 * An admin adds a member of staff: the record with their stores, a sign-in
 * (emailpass identity linked with `app_metadata.staff_id`, as Medusa's custom
 * actor types are) without a password, then the invite to choose one.
 */
export const createStaffMemberWorkflow = createWorkflow(createStaffMemberWorkflowId, (input: CreateStaffMemberWorkflowInput) => {
  const storeIds = validateStaffStoresStep({ store_location_ids: input.store_location_ids })
  const email = transform({ input }, ({ input }) => input.email.trim().toLowerCase())
  const memberInput = transform({ input, storeIds, email }, ({ input, storeIds, email }) => ({
    first_name: input.first_name.trim(),
    last_name: input.last_name.trim(),
    email,
    store_location_ids: storeIds,
  }))
  const member = createStaffMemberStep(memberInput)
  const signIn = createStaffSignInStep({ email })
  setAuthAppMetadataStep({ authIdentityId: signIn.auth_identity_id, actorType: STAFF_ACTOR_TYPE, value: member.id })
  when({ input }, ({ input }) => input.send_invite !== false).then(() => {
    sendStaffInviteStep({ email })
  })
  return new WorkflowResponse(member)
})
