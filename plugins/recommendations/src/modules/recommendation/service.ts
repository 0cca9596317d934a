import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { RecommendationResult } from "./models/result"
import { RecommendationSignal } from "./models/signal"
import { RecommendationTrainingRun } from "./models/training-run"

export type ResultInput = { placement: string; key: string; items: { product_id: string; score: number }[] }

type Executor = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

class RecommendationModuleService extends MedusaService({ RecommendationSignal, RecommendationResult, RecommendationTrainingRun }) {
  /**
   * Ids of up to `limit` signals created before `before`, oldest first, except
   * those whose anonymous id starts with `keepPrefix` (imported history). Raw
   * SQL: the query filters of list methods have no "not like".
   */
  @InjectManager()
  async listOldSignalIds(before: Date, keepPrefix: string, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const db = (sharedContext.transactionManager ?? sharedContext.manager) as Executor
    const rows = await db.execute(
      `select id from recommendation_signal where deleted_at is null and created_at < ? and (anonymous_id is null or anonymous_id not like ?) order by created_at, id limit ?`,
      [before.toISOString(), `${keepPrefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`, limit],
    )
    return rows.map((row) => String(row.id))
  }

  /**
   * Swaps precomputed lists for a new training run's in one transaction, so
   * readers see either the old lists or the new ones, never none: all of them
   * (a full run), or only those given (an incremental run keeps the others).
   */
  @InjectTransactionManager()
  async replaceResults(results: ResultInput[], scope: "all" | "given" = "all", @MedusaContext() sharedContext: Context = {}): Promise<{ previous: ResultInput[] }> {
    if (scope === "given" && results.length === 0) return { previous: [] }
    const filters = scope === "all" ? {} : { $or: results.map(({ placement, key }) => ({ placement, key })) }
    const previous = await this.listRecommendationResults(filters, { select: ["id", "placement", "key", "items"] }, sharedContext)
    if (previous.length > 0) await this.deleteRecommendationResults(previous.map((result) => result.id), sharedContext)
    // The json column holds the ranked array itself.
    if (results.length > 0) await this.createRecommendationResults(results.map((result) => ({ ...result, items: result.items as unknown as Record<string, unknown> })), sharedContext)
    return { previous: previous.map(({ placement, key, items }) => ({ placement, key, items: items as unknown as ResultInput["items"] })) }
  }
}

export default RecommendationModuleService
