import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETURN_POLICY_MODULE } from "../../../modules/return-policy"
import type ReturnPolicyModuleService from "../../../modules/return-policy/service"
import { updateReturnPolicyWorkflow } from "../../../workflows/update-return-policy"
import type { AdminUpdateReturnPolicyType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const policies: ReturnPolicyModuleService = req.scope.resolve(RETURN_POLICY_MODULE)
  res.json({ return_policy: await policies.retrieveRules() })
}

/** Back office only (admin users): store staff apply the policy through /staff-api, they cannot change it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateReturnPolicyType>, res: MedusaResponse) {
  await updateReturnPolicyWorkflow(req.scope).run({ input: req.validatedBody })
  const policies: ReturnPolicyModuleService = req.scope.resolve(RETURN_POLICY_MODULE)
  res.json({ return_policy: await policies.retrieveRules() })
}
