import type { MedusaContainer } from "@medusajs/framework/types"
import { trainRecommendationsWorkflow } from "../workflows/train-recommendations"

/**
 * Hourly: new orders and signals reach the precomputed lists within the hour.
 * "auto" skips when nothing changed and adds only new signals when it can
 * (training/plan.ts); a full retrain still happens daily and on demand.
 */
export default async function trainRecommendations(container: MedusaContainer) {
  await trainRecommendationsWorkflow(container).run({ input: { mode: "auto" } })
}

export const config = { name: "train-recommendations", schedule: "0 * * * *" }
