import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import type { ResultInput } from "../../modules/recommendation/service"

/**
 * Stores a run's lists: all lists replaced (full run), or only the given ones
 * (incremental run). Compensation puts the previous lists back; a list that
 * did not exist before is left empty, which readers treat as missing.
 */
export const replaceResultsStep = createStep(
  "replace-recommendation-results",
  async (input: { results: ResultInput[]; scope: "all" | "given" }, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const { previous } = await service.replaceResults(input.results, input.scope)
    const existed = new Set(previous.map(({ placement, key }) => `${placement}|${key}`))
    const added = input.results.filter(({ placement, key }) => !existed.has(`${placement}|${key}`)).map(({ placement, key }) => ({ placement, key, items: [] }))
    return new StepResponse({ stored: input.results.length }, { scope: input.scope, previous: input.scope === "all" ? previous : [...previous, ...added] })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.replaceResults(undo.previous, undo.scope)
  },
)
