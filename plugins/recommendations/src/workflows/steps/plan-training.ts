import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RECOMMENDATION_MODULE } from "../../modules/recommendation"
import type RecommendationModuleService from "../../modules/recommendation/service"
import { heldModel } from "../../training/model-cache"
import { planTraining, type PreviousRuns, type TrainingMode } from "../../training/plan"

/** Dates as ISO strings: step results are serialised between steps. */
export type PlannedTraining = { mode: TrainingMode; reason: string; since: string | null; lastRunId: string | null }

/** Full, incremental or nothing: compares the stored signals and catalogue with the last run (training/plan.ts). */
export const planTrainingStep = createStep("plan-recommendation-training", async (input: { requested: "full" | "auto" }, { container }) => {
  const service: RecommendationModuleService = container.resolve(RECOMMENDATION_MODULE)
  const latest = async (filters: Record<string, unknown>) =>
    (await service.listRecommendationTrainingRuns(filters, { select: ["id", "created_at", "signals_until"], order: { created_at: "DESC" }, take: 1 }))[0]
  const [last, lastFull] = await Promise.all([latest({}), latest({ mode: "full" })])
  const runs: PreviousRuns = {
    last: last ? { id: last.id, created_at: new Date(last.created_at), signals_until: last.signals_until ? new Date(last.signals_until) : null } : null,
    lastFullAt: lastFull ? new Date(lastFull.created_at) : null,
  }

  const changed = runs.last?.signals_until ? { updated_at: { $gt: runs.last.signals_until } } : {}
  const count = async (filters: Record<string, unknown>) => (await service.listAndCountRecommendationSignals(filters, { select: ["id"], take: 1 }))[1]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [signals, merged, products] = await Promise.all([
    runs.last ? count(changed) : 0,
    runs.last ? count({ ...changed, customer_id: { $ne: null }, anonymous_id: { $ne: null } }) : 0,
    runs.last
      ? query.graph({ entity: "product", fields: ["id"], filters: { updated_at: { $gt: runs.last.created_at } }, pagination: { take: 1, skip: 0 } }).then(({ data, metadata }) => metadata?.count ?? data.length)
      : 0,
  ])

  const plan = planTraining(input.requested, runs, { signals, merged, products }, heldModel(runs.last?.id) !== null, new Date())
  return new StepResponse<PlannedTraining>({ ...plan, since: plan.since?.toISOString() ?? null, lastRunId: runs.last?.id ?? null })
})
