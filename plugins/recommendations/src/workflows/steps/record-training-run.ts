import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import { confirmHeldModel, dropHeldModel } from "../../training/model-cache"

export type TrainingRunInput = {
  mode: "full" | "incremental" | "skip"
  signals_until: string | null
  signals: number
  products: number
  lists: number
  milliseconds: number
}

/** Records a run that stored lists (a skipped one changed nothing), and ties the kept model to it. */
export const recordTrainingRunStep = createStep(
  "record-recommendation-training-run",
  async (input: TrainingRunInput, { container }) => {
    if (input.mode === "skip") return new StepResponse({ id: null as string | null }, null)
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const run = await service.createRecommendationTrainingRuns({ ...input, mode: input.mode, signals_until: input.signals_until ? new Date(input.signals_until) : null })
    confirmHeldModel(run.id)
    return new StepResponse({ id: run.id as string | null }, run.id)
  },
  async (id, { container }) => {
    if (!id) return
    dropHeldModel()
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.deleteRecommendationTrainingRuns(id)
  },
)
