import type { MedusaContainer } from "@medusajs/framework/types"
import { syncPickupFactsWorkflow } from "../workflows/sync-pickup-facts"

/** Every 5 minutes: facts of click-and-collect orders follow their pickup's status (collected, expired…). */
export default async function syncPickupFacts(container: MedusaContainer) {
  await syncPickupFactsWorkflow(container).run({ input: {} })
}

export const config = { name: "sync-pickup-facts", schedule: "*/5 * * * *" }
