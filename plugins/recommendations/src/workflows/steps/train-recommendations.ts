import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ModelBuilder } from "../../engine/builder"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import { dropHeldModel, heldModel, holdModel } from "../../training/model-cache"
import type { PrecomputedResult } from "../../training/precompute"
import type { CatalogueProduct } from "../../training/product-features"
import type { SignalRow } from "../../training/signals"
import { customersIn, trainModel } from "../../training/train"
import type { PlannedTraining } from "./plan-training"

const PAGE = 10_000

type StoredSignal = SignalRow & { updated_at: Date | string }

export type TrainingOutcome = {
  mode: "full" | "incremental" | "skip"
  reason: string
  results: PrecomputedResult[]
  signals: number
  products: number
  /** The latest signal change now in the model (ISO). */
  signals_until: string | null
  milliseconds: number
}

/**
 * Trains as planned: a full run reads every signal into a new model; an
 * incremental one adds the signals changed since the last run to the model
 * this process kept (training/model-cache.ts). Both read the published catalogue.
 */
export const trainRecommendationsStep = createStep(
  "train-recommendations",
  async (plan: PlannedTraining, { container }) => {
    const started = Date.now()
    if (plan.mode === "skip") {
      return new StepResponse<TrainingOutcome>({ mode: "skip", reason: plan.reason, results: [], signals: 0, products: 0, signals_until: plan.since, milliseconds: 0 })
    }
    const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "material", "categories.handle", "tags.value"],
      filters: { status: "published" },
    })
    const held = plan.mode === "incremental" ? heldModel(plan.lastRunId ?? undefined) : null
    const incremental = held !== null
    const signals = await loadSignals(service, incremental && plan.since ? new Date(plan.since) : null)
    const builder = held ?? new ModelBuilder()
    // Until a run is recorded with it, the builder matches no stored run: a failure from here on means a full retrain next time.
    holdModel(builder)
    // All customers on a full run; on an incremental one, those with new signals (the others keep their lists).
    const results = trainModel(builder, signals, products as CatalogueProduct[], customersIn(signals))
    const latest = signals.reduce((max, row) => Math.max(max, new Date(row.updated_at).getTime()), incremental && plan.since ? new Date(plan.since).getTime() : -Infinity)
    return new StepResponse<TrainingOutcome>({
      mode: incremental ? "incremental" : "full",
      reason: plan.mode === "incremental" && !incremental ? "no trained model in this process" : plan.reason,
      results,
      signals: signals.length,
      products: products.length,
      signals_until: Number.isFinite(latest) ? new Date(latest).toISOString() : null,
      milliseconds: Date.now() - started,
    })
  },
  async () => {
    dropHeldModel()
  },
)

/** Every signal (since = null) or those created or changed after `since`, oldest change first. */
async function loadSignals(service: RecommendationModuleService, since: Date | null): Promise<StoredSignal[]> {
  const rows: StoredSignal[] = []
  const filters = since ? { updated_at: { $gt: since } } : {}
  for (let skip = 0; ; skip += PAGE) {
    const page = await service.listRecommendationSignals(filters, {
      select: ["type", "product_id", "customer_id", "anonymous_id", "basket_id", "created_at", "updated_at"],
      skip,
      take: PAGE,
      order: { updated_at: "ASC", id: "ASC" },
    })
    rows.push(...(page as unknown as StoredSignal[]))
    if (page.length < PAGE) return rows
  }
}
