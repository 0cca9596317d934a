import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ANALYTICS_MODULE } from "../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../modules/sales-analytics/service"

export const findStalePickupFactsStepId = "find-stale-pickup-facts"

/** Statuses after which a pickup no longer changes. */
const FINAL = ["collected", "expired", "rejected", "cancelled"]
/** Orders looked at per run: open pickups are few (a shelf's worth per store). */
const BATCH = 500

/**
 * The live click-and-collect orders whose fact still shows an open pickup
 * while click-and-collect's pickup has moved on (read-only: nothing to
 * compensate). Click-and-collect emits no event of its own for a hand-over.
 */
export const findStalePickupFactsStep = createStep(findStalePickupFactsStepId, async (_: Record<string, never>, { container }) => {
  const analytics: SalesAnalyticsModuleService = container.resolve(SALES_ANALYTICS_MODULE)
  const facts = await analytics.listOrderFacts(
    { source: "live", channel: "click_and_collect", canceled: false, $or: [{ pickup_status: null }, { pickup_status: { $nin: FINAL } }] } as any,
    { select: ["order_id", "pickup_status"], take: BATCH, order: { placed_at: "ASC" } },
  )
  if (facts.length === 0) return new StepResponse<string[]>([])
  const shown = new Map(facts.map((fact) => [fact.order_id, fact.pickup_status]))
  let pickups: { order_id: string; status: string }[] = []
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    pickups = (await query.graph({ entity: "pickup_order", fields: ["order_id", "status"], filters: { order_id: [...shown.keys()] } })).data
  } catch {
    return new StepResponse<string[]>([]) // no click-and-collect plugin
  }
  return new StepResponse<string[]>(pickups.filter((pickup) => shown.get(pickup.order_id) !== pickup.status).map((pickup) => pickup.order_id))
})
