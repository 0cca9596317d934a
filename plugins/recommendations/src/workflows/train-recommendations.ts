import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceResultsStep } from "./steps/replace-results"
import { trainRecommendationsStep } from "./steps/train-recommendations"

/** Retrains on every stored signal and swaps in the new precomputed lists (hourly job and admin route). */
export const trainRecommendationsWorkflow = createWorkflow("train-recommendations", () => {
  const training = trainRecommendationsStep()
  const stored = replaceResultsStep(transform({ training }, ({ training }) => training.results))
  return new WorkflowResponse(
    transform({ training, stored }, ({ training, stored }) => ({
      signals: training.signals,
      products: training.products,
      lists: stored.stored,
      milliseconds: training.milliseconds,
    })),
  )
})
