import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

/** The anonymous visitor's signals become the signed-in customer's. */
export const mergeAnonymousSignalsStep = createStep(
  "merge-anonymous-signals-into-customer",
  async (input: { anonymous_id: string; customer_id: string }, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const signals = await service.listRecommendationSignals({ anonymous_id: input.anonymous_id, customer_id: null }, { select: ["id"] })
    const ids = signals.map((signal) => signal.id)
    if (ids.length > 0) await service.updateRecommendationSignals(ids.map((id) => ({ id, customer_id: input.customer_id })))
    return new StepResponse({ merged: ids.length }, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.updateRecommendationSignals(ids.map((id) => ({ id, customer_id: null })))
  },
)
