import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerLimits } from "../lib/promotion-limits"
import { setPromotionCustomerLimitsStep } from "./steps/set-promotion-customer-limits"

export const setPromotionCustomerLimitsWorkflowId = "set-promotion-customer-limits"

/** Sets a promotion's once-per-customer and first-order-only limits. */
export const setPromotionCustomerLimitsWorkflow = createWorkflow(setPromotionCustomerLimitsWorkflowId, (input: { promotion_id: string; limits: CustomerLimits }) => {
  return new WorkflowResponse(setPromotionCustomerLimitsStep(input))
})
