import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcilePickupsWorkflow } from "../workflows/reconcile-pickups"

/**
 * Once, shortly after the process starts: a restart after a crash opens the
 * pickups of orders placed just before it, without waiting for the hourly run.
 */
export default async function reconcilePickupsOnStart(container: MedusaContainer) {
  await reconcilePickupsWorkflow(container).run({ input: {} })
}

export const config = { name: "reconcile-pickups-on-start", schedule: { interval: 10_000, numberOfExecutions: 1 } }
