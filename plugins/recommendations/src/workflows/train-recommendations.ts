import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planTrainingStep } from "./steps/plan-training"
import { recordTrainingRunStep } from "./steps/record-training-run"
import { replaceResultsStep } from "./steps/replace-results"
import { trainRecommendationsStep } from "./steps/train-recommendations"

export type TrainRecommendationsInput = {
  /** full: retrain on every signal (admin, on demand). auto: skip, update incrementally or retrain, as training/plan.ts decides (hourly job). */
  mode?: "full" | "auto"
}

/** Trains and swaps in the new precomputed lists. */
export const trainRecommendationsWorkflow = createWorkflow("train-recommendations", (input: TrainRecommendationsInput) => {
  const plan = planTrainingStep(transform({ input }, ({ input }) => ({ requested: input?.mode ?? "full" })))
  const training = trainRecommendationsStep(plan)
  // A skipped run stores nothing: "given" with no lists is a no-op.
  const stored = replaceResultsStep(transform({ training }, ({ training }) => ({ results: training.results, scope: training.mode === "full" ? ("all" as const) : ("given" as const) })))
  recordTrainingRunStep(
    transform({ training, stored }, ({ training, stored }) => ({
      mode: training.mode,
      signals_until: training.signals_until,
      signals: training.signals,
      products: training.products,
      lists: stored.stored,
      milliseconds: training.milliseconds,
    })),
  )
  return new WorkflowResponse(
    transform({ training, stored }, ({ training, stored }) => ({
      mode: training.mode,
      reason: training.reason,
      signals: training.signals,
      products: training.products,
      lists: stored.stored,
      milliseconds: training.milliseconds,
    })),
  )
})
