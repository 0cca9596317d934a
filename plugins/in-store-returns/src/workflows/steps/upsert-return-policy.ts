import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURN_POLICY_MODULE } from "../../modules/return-policy"
import type ReturnPolicyModuleService from "../../modules/return-policy/service"

export type ReturnPolicyChanges = {
  window_days?: number
  non_returnable_tag?: string
  non_returnable_product_ids?: string[]
  damaged_refund_reason_codes?: string[]
}

export const upsertReturnPolicyStepId = "upsert-return-policy"

type Undo = { created_id?: string; previous?: Record<string, unknown> }

const toColumns = (changes: ReturnPolicyChanges) => ({
  ...(changes.window_days !== undefined && { window_days: changes.window_days }),
  ...(changes.non_returnable_tag !== undefined && { non_returnable_tag: changes.non_returnable_tag }),
  ...(changes.non_returnable_product_ids && { non_returnable_product_ids: { ids: changes.non_returnable_product_ids } }),
  ...(changes.damaged_refund_reason_codes && { damaged_refund_reason_codes: { codes: changes.damaged_refund_reason_codes } }),
})

/** Changes the stored policy, creating it from the defaults on first change; compensation restores it. */
export const upsertReturnPolicyStep = createStep(
  upsertReturnPolicyStepId,
  async (changes: ReturnPolicyChanges, { container }) => {
    const policies: ReturnPolicyModuleService = container.resolve(RETURN_POLICY_MODULE)
    const [stored] = await policies.listReturnPolicies({}, { take: 1, order: { created_at: "ASC" } })
    if (!stored) {
      const created = await policies.createReturnPolicies(toColumns(changes))
      return new StepResponse(created, { created_id: created.id } as Undo)
    }
    const updated = await policies.updateReturnPolicies({ id: stored.id, ...toColumns(changes) })
    return new StepResponse(updated, { previous: stored } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const policies: ReturnPolicyModuleService = container.resolve(RETURN_POLICY_MODULE)
    if (undo.created_id) await policies.deleteReturnPolicies(undo.created_id)
    if (undo.previous) {
      const { created_at, updated_at, deleted_at, ...previous } = undo.previous as any
      await policies.updateReturnPolicies(previous)
    }
  },
)
