import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { AuthIdentityDTO } from "@medusajs/framework/types"

export const createStaffSignInStepId = "create-staff-sign-in"

const hasActor = (identity: Pick<AuthIdentityDTO, "app_metadata">) =>
  Object.entries(identity.app_metadata ?? {}).some(([key, value]) => key.endsWith("_id") && !!value)

/**
 * An emailpass identity for the new member, with no password: nobody can sign
 * in with it until the member sets one through the reset-password link (the
 * invite). An identity left by an anonymous `/auth/staff/emailpass/register`
 * (no actor linked) is replaced, so whoever registered it keeps no password
 * to the staff account. An address that already signs in as a customer or an
 * admin is refused: the password would be shared with that account.
 */
export const createStaffSignInStep = createStep(
  createStaffSignInStepId,
  async (input: { email: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
    let replaced: AuthIdentityDTO | undefined
    if (existing) {
      const [identity] = await auth.listAuthIdentities({ id: [existing.auth_identity_id as string] }, { relations: ["provider_identities"] })
      if (identity && hasActor(identity)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${input.email} already signs in to the shop (as a customer or an admin). Staff need their own e-mail address.`,
        )
      }
      if (identity) {
        replaced = identity
        await auth.deleteAuthIdentities([identity.id])
      }
    }
    const created = await auth.createAuthIdentities({
      provider_identities: [{ provider: "emailpass", entity_id: input.email, provider_metadata: {} }],
    })
    return new StepResponse({ auth_identity_id: created.id }, { created: created.id, replaced })
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth = container.resolve(Modules.AUTH)
    await auth.deleteAuthIdentities([undo.created])
    if (undo.replaced) {
      const { app_metadata, provider_identities } = undo.replaced
      await auth.createAuthIdentities({
        app_metadata: app_metadata ?? undefined,
        provider_identities: (provider_identities ?? []).map(({ provider, entity_id, provider_metadata, user_metadata }) => ({
          provider,
          entity_id,
          provider_metadata: provider_metadata ?? undefined,
          user_metadata: user_metadata ?? undefined,
        })),
      })
    }
  },
)
