import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverInterruptedReturnsWorkflow } from "../workflows/recover-interrupted-returns"

/** Once, a few seconds after the backend starts: what the last process left half-done is finished first. */
export default async function recoverInterruptedReturnsAtStart(container: MedusaContainer) {
  await recoverInterruptedReturnsWorkflow(container).run({ input: {} })
}

export const config = { name: "recover-interrupted-returns-at-start", schedule: { interval: 5_000, numberOfExecutions: 1 } }
