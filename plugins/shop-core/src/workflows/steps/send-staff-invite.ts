import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateResetPasswordTokenWorkflow } from "@medusajs/medusa/core-flows"
import { STAFF_ACTOR_TYPE } from "../../modules/staff"

export const sendStaffInviteStepId = "send-staff-invite"

/**
 * The invite is Medusa's own reset-password flow for the `staff` actor: it
 * emits `auth.password_reset` (actor_type "staff"), whose subscriber e-mails
 * the link to the storefront's /staff/reset-password page. Last step: an
 * e-mail cannot be unsent, and nothing after it can fail.
 */
export const sendStaffInviteStep = createStep(sendStaffInviteStepId, async (input: { email: string }, { container }) => {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  await generateResetPasswordTokenWorkflow(container).run({
    input: {
      entityId: input.email,
      actorType: STAFF_ACTOR_TYPE,
      provider: "emailpass",
      secret: http.jwtSecret as string,
      jwtOptions: http.jwtOptions,
    },
  })
  return new StepResponse(true)
})
