/**
 * The model builder of the last stored run, kept in this process so that the
 * next scheduled run only adds the signals that arrived since. It belongs to
 * exactly one training run: a different process, a restart or a run that
 * failed halfway leaves no match, and the plan falls back to a full retrain.
 */
import type { ModelBuilder } from "../engine/builder"

let held: { runId: string | null; builder: ModelBuilder } | null = null

/** The builder trained up to run `runId`, if this process holds it. */
export function heldModel(runId: string | undefined): ModelBuilder | null {
  return runId && held?.runId === runId ? held.builder : null
}

/** A builder being trained: it belongs to no stored run until `confirmHeldModel`. */
export function holdModel(builder: ModelBuilder): void {
  held = { runId: null, builder }
}

export function confirmHeldModel(runId: string): void {
  if (held && held.runId === null) held.runId = runId
}

export function dropHeldModel(): void {
  held = null
}
