import type { MedusaContainer } from "@medusajs/framework/types"
import { trainRecommendationsWorkflow } from "../workflows/train-recommendations"

/** Hourly: new orders and signals reach the precomputed lists within the hour. */
export default async function trainRecommendations(container: MedusaContainer) {
  await trainRecommendationsWorkflow(container).run()
}

export const config = { name: "train-recommendations", schedule: "0 * * * *" }
