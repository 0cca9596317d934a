import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../modules/return-policy"
import type ReturnPolicyModuleService from "../../modules/return-policy/service"

export const retrieveReturnPolicyStepId = "retrieve-return-policy"

/** The return rules in force (stored policy or defaults). Reads only. */
export const retrieveReturnPolicyStep = createStep(retrieveReturnPolicyStepId, async (_: void, { container }) => {
  const policies: ReturnPolicyModuleService = container.resolve(RETURN_POLICY_MODULE)
  return new StepResponse(await policies.retrieveRules())
})
