import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcilePickupsWorkflow } from "../workflows/reconcile-pickups"

/** Hourly: every collection order has its pickup, even if the process died right after checkout. */
export default async function reconcilePickups(container: MedusaContainer) {
  await reconcilePickupsWorkflow(container).run({ input: {} })
}

export const config = { name: "reconcile-pickups", schedule: "23 * * * *" }
