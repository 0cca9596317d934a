import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findStalePickupFactsStep } from "./steps/find-stale-pickup-facts"
import { loadOrderFactsStep } from "./steps/load-order-facts"
import { replaceOrderFactsStep } from "./steps/replace-order-facts"

export const syncPickupFactsWorkflowId = "sync-pickup-facts"

/**
 * Brings the facts of click-and-collect orders up to date with their pickups
 * (a hand-over's own order events arrive while the pickup is still "ready"):
 * the orders whose pickup moved on are recomputed whole, like on any event.
 */
export const syncPickupFactsWorkflow = createWorkflow(syncPickupFactsWorkflowId, () => {
  const orderIds = findStalePickupFactsStep({})
  const sets = loadOrderFactsStep({ order_ids: orderIds })
  return new WorkflowResponse(replaceOrderFactsStep({ sets }))
})
