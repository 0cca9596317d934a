import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { RecommendationResult } from "./models/result"
import { RecommendationSignal } from "./models/signal"

export type ResultInput = { placement: string; key: string; items: { product_id: string; score: number }[] }

class RecommendationModuleService extends MedusaService({ RecommendationSignal, RecommendationResult }) {
  /**
   * Swaps all precomputed lists for a new training run's in one transaction,
   * so readers see either the old lists or the new ones, never none.
   */
  @InjectTransactionManager()
  async replaceResults(results: ResultInput[], @MedusaContext() sharedContext: Context = {}): Promise<{ previous: ResultInput[] }> {
    const previous = await this.listRecommendationResults({}, { select: ["id", "placement", "key", "items"] }, sharedContext)
    if (previous.length > 0) await this.deleteRecommendationResults(previous.map((result) => result.id), sharedContext)
    // The json column holds the ranked array itself.
    if (results.length > 0) await this.createRecommendationResults(results.map((result) => ({ ...result, items: result.items as unknown as Record<string, unknown> })), sharedContext)
    return { previous: previous.map(({ placement, key, items }) => ({ placement, key, items: items as unknown as ResultInput["items"] })) }
  }
}

export default RecommendationModuleService
