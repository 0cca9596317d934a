import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { listOrdersMissingPickupStep } from "./steps/list-orders-missing-pickup"
import { openEachMissingPickupStep } from "./steps/open-each-missing-pickup"

export type ReconcilePickupsInput = { since?: string }

export const reconcilePickupsWorkflowId = "reconcile-pickups"

/** Orders looked back on by default: longer than any store's hold period plus a weekend outage. */
export const RECONCILE_LOOKBACK_DAYS = 14

/**
 * Exactly one pickup per collection order: opens the pickups the `order.placed`
 * subscriber did not (a crash right after checkout, a failure). Run at start-up
 * and hourly by the `reconcile-pickups` jobs; running it again changes nothing.
 */
export const reconcilePickupsWorkflow = createWorkflow(reconcilePickupsWorkflowId, (input: ReconcilePickupsInput) => {
  const since = transform({ input }, ({ input }) => input.since ?? new Date(Date.now() - RECONCILE_LOOKBACK_DAYS * 86_400_000).toISOString())
  const orderIds = listOrdersMissingPickupStep({ since })
  const result = openEachMissingPickupStep({ order_ids: orderIds })
  return new WorkflowResponse(result)
})
