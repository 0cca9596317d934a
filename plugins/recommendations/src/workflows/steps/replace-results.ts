import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { ResultInput } from "../../modules/recommendation/service"

export const replaceResultsStep = createStep(
  "replace-recommendation-results",
  async (results: ResultInput[], { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const { previous } = await service.replaceResults(results)
    return new StepResponse({ stored: results.length }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.replaceResults(previous)
  },
)
