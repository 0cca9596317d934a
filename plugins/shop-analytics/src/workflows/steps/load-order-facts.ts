import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderFactSets } from "../../lib/load-order-facts"
import type { OrderFactSet } from "../../lib/order-fact"

export const loadOrderFactsStepId = "load-order-facts"

/** Medusa's current state of the orders, as read-model facts (read-only: nothing to compensate). */
export const loadOrderFactsStep = createStep(loadOrderFactsStepId, async ({ order_ids }: { order_ids: string[] }, { container }) => {
  return new StepResponse<OrderFactSet[]>(await loadOrderFactSets(container, order_ids))
})
