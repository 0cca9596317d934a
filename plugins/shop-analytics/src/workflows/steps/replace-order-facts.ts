import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFactSet } from "../../lib/order-fact"
import { SALES_ANALYTICS_MODULE } from "../../modules/sales-analytics"
import type SalesAnalyticsModuleService from "../../modules/sales-analytics/service"
import { factSetsOf } from "../../modules/sales-analytics/snapshot"

export const replaceOrderFactsStepId = "replace-order-facts"

/**
 * Writes the orders' facts in place of what the read model held for them.
 * Compensation puts the previous facts back (or removes facts that did not exist).
 */
export const replaceOrderFactsStep = createStep(
  replaceOrderFactsStepId,
  async ({ sets }: { sets: OrderFactSet[] }, { container }) => {
    const service: SalesAnalyticsModuleService = container.resolve(SALES_ANALYTICS_MODULE)
    const orderIds = sets.map((set) => set.fact.order_id)
    const previous = await factSetsOf(service, orderIds)
    await service.replaceOrderFacts(sets)
    return new StepResponse({ order_ids: orderIds.length }, { order_ids: orderIds, previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    const service: SalesAnalyticsModuleService = container.resolve(SALES_ANALYTICS_MODULE)
    const restored = new Set(saved.previous.map((set) => set.fact.order_id))
    await service.removeOrderFacts(saved.order_ids.filter((id) => !restored.has(id)))
    await service.replaceOrderFacts(saved.previous)
  },
)
