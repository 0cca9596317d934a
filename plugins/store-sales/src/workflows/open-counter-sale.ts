import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCounterCartStep } from "./steps/create-counter-cart"

export type OpenCounterSaleInput = { location_id: string; actor_id: string }

export const openCounterSaleWorkflowId = "open-counter-sale"

/** A new, empty basket at a store's till (a Medusa cart in the store's sales channel). */
export const openCounterSaleWorkflow = createWorkflow(openCounterSaleWorkflowId, (input: OpenCounterSaleInput) => {
  const cart = createCounterCartStep({ location_id: input.location_id, actor_id: input.actor_id })
  return new WorkflowResponse(cart)
})
