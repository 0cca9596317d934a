/**
 * What a training run should do, decided from what changed since the last
 * run. Pure, so every branch is unit-tested; the workflow step does the I/O.
 *
 * - full:        every signal read again and every list rewritten. On demand
 *                (admin), on the first run, once a day (decay moves every
 *                customer's scores a little), and when an increment would be
 *                wrong: visitors merged into customers (old signals changed
 *                owner), the catalogue changed, or this process holds no model.
 * - incremental: only signals newer than the last run are added to the model
 *                kept in memory (counts are additive, see engine/builder.ts);
 *                product, neighbour and popular lists are rewritten, customer
 *                lists only for customers with new signals.
 * - skip:        nothing changed since the last run.
 */
export const FULL_RETRAIN_EVERY_MS = 24 * 60 * 60 * 1000

export type TrainingMode = "full" | "incremental" | "skip"
export type TrainingPlan = { mode: TrainingMode; reason: string; since: Date | null }

export type PreviousRuns = {
  /** The latest run that stored lists, and the last signal change its model holds. */
  last: { id: string; created_at: Date; signals_until: Date | null } | null
  lastFullAt: Date | null
}

export type ChangesSince = {
  /** Signals created or changed after the last run's signals_until. */
  signals: number
  /** …of which moved from a visitor to a customer. */
  merged: number
  /** Published products changed after the last run. */
  products: number
}

export function planTraining(
  requested: "full" | "auto",
  runs: PreviousRuns,
  changes: ChangesSince,
  modelInMemory: boolean,
  now: Date,
): TrainingPlan {
  const full = (reason: string): TrainingPlan => ({ mode: "full", reason, since: null })
  const { last, lastFullAt } = runs
  if (requested === "full") return full("full retrain requested")
  if (!last || !lastFullAt) return full("first training")
  if (now.getTime() - lastFullAt.getTime() >= FULL_RETRAIN_EVERY_MS) return full("daily full retrain")
  if (changes.signals === 0 && changes.products === 0) return { mode: "skip", reason: "nothing changed since the last run", since: last.signals_until }
  if (changes.merged > 0) return full("visitors' signals merged into customers")
  if (changes.products > 0) return full("catalogue changed")
  if (!modelInMemory) return full("no trained model in this process")
  return { mode: "incremental", reason: `${changes.signals} new signals`, since: last.signals_until }
}
