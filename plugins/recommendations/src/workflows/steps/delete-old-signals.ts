import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import { HISTORY_PREFIX } from "../../training/signals"

export type DeleteOldSignalsInput = { before: string; limit: number }

const FIELDS = ["id", "type", "product_id", "customer_id", "anonymous_id", "basket_id", "client_key", "created_at"] as const

/**
 * Deletes up to `limit` signals created before `before` (oldest first). The
 * imported demo history (HISTORY_PREFIX) is not shoppers' data and stays.
 * Compensation re-creates the deleted rows as they were.
 */
export const deleteOldSignalsStep = createStep(
  "delete-old-recommendation-signals",
  async (input: DeleteOldSignalsInput, { container }) => {
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const ids = await service.listOldSignalIds(new Date(input.before), HISTORY_PREFIX, input.limit)
    const old = ids.length > 0 ? await service.listRecommendationSignals({ id: ids }, { select: [...FIELDS], take: null }) : []
    if (old.length > 0) await service.deleteRecommendationSignals(old.map((signal) => signal.id))
    return new StepResponse({ deleted: old.length }, old)
  },
  async (deleted, { container }) => {
    if (!deleted?.length) return
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    await service.createRecommendationSignals(deleted.map((signal) => ({ ...signal })) as never)
  },
)
