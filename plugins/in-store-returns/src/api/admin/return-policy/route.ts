import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"
import { updateReturnPolicyWorkflow } from "../../../workflows/update-return-policy"
import { staffLocationIds } from "../../staff-scope"
import type { AdminUpdateReturnPolicyType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const policies: ReturnPolicyModuleService = req.scope.resolve(RETURN_POLICY_MODULE)
  res.json({ return_policy: await policies.retrieveRules() })
}

/** Back office only: store staff apply the policy, they do not change it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateReturnPolicyType>, res: MedusaResponse) {
  if ((await staffLocationIds(req)) !== null) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Store staff cannot change the return policy.")
  }
  await updateReturnPolicyWorkflow(req.scope).run({ input: req.validatedBody })
  const policies: ReturnPolicyModuleService = req.scope.resolve(RETURN_POLICY_MODULE)
  res.json({ return_policy: await policies.retrieveRules() })
}
