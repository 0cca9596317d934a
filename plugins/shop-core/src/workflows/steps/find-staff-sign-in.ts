import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_ACTOR_TYPE } from "../../modules/staff"

export const findStaffSignInStepId = "find-staff-sign-in"

/** The auth identities that sign in as this member (normally one). */
export const findStaffSignInStep = createStep(findStaffSignInStepId, async (input: { staff_id: string; email: string }, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const providerIdentities = await auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
  const identities = providerIdentities.length
    ? await auth.listAuthIdentities({ id: providerIdentities.map((identity) => identity.auth_identity_id as string) })
    : []
  const ids = identities.filter((identity) => identity.app_metadata?.[`${STAFF_ACTOR_TYPE}_id`] === input.staff_id).map((identity) => identity.id)
  return new StepResponse(ids)
})
