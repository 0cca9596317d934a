import { MedusaService } from "@medusajs/framework/utils"
import { ReturnPolicy } from "./models/return-policy"
import { DEFAULT_RETURN_POLICY, type ReturnPolicyRules } from "./rules"

class ReturnPolicyModuleService extends MedusaService({ ReturnPolicy }) {
  /** The rules in force: the stored policy, or the documented defaults when none is stored. */
  async retrieveRules(): Promise<ReturnPolicyRules> {
    const [stored] = await this.listReturnPolicies({}, { take: 1, order: { created_at: "ASC" } })
    if (!stored) return DEFAULT_RETURN_POLICY
    return {
      id: stored.id,
      window_days: stored.window_days,
      non_returnable_tag: stored.non_returnable_tag,
      non_returnable_product_ids: (stored.non_returnable_product_ids as { ids?: string[] })?.ids ?? [],
      damaged_refund_reason_codes: (stored.damaged_refund_reason_codes as { codes?: string[] })?.codes ?? [],
    }
  }
}

export default ReturnPolicyModuleService
