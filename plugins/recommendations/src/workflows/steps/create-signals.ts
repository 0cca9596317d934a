import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"

export type NewSignal = {
  type: "purchase" | "add_to_cart" | "view"
  product_id: string
  customer_id?: string | null
  anonymous_id?: string | null
  basket_id?: string | null
  /** Keyed digest of the sender's address (storefront signals), for the hourly cap. */
  client_key?: string | null
  /** When it happened; now if absent. */
  created_at?: Date
}

export const createSignalsStep = createStep(
  "create-recommendation-signals",
  async (signals: NewSignal[], { container }) => {
    if (signals.length === 0) return new StepResponse({ created: 0 }, [])
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const created = await service.createRecommendationSignals(signals)
    return new StepResponse({ created: created.length }, created.map((signal) => signal.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.deleteRecommendationSignals(ids)
  },
)
