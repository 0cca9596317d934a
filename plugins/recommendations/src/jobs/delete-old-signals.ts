import type { MedusaContainer } from "@medusajs/framework/types"
import { RETENTION_BATCH, retentionCutoff } from "../training/retention"
import { deleteOldSignalsWorkflow } from "../workflows/delete-old-signals"

/**
 * Daily at 03:30: signals older than 13 months are deleted, in batches of
 * 5,000 (one workflow run each) until none is left.
 */
export default async function deleteOldSignals(container: MedusaContainer) {
  const before = retentionCutoff(new Date()).toISOString()
  for (;;) {
    const { result } = await deleteOldSignalsWorkflow(container).run({ input: { before, limit: RETENTION_BATCH } })
    if (result.deleted < RETENTION_BATCH) return
  }
}

export const config = { name: "delete-old-recommendation-signals", schedule: "30 3 * * *" }
