import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverInterruptedReturnsWorkflow } from "../workflows/recover-interrupted-returns"

/** Every 5 minutes: finish counter receipts and refunds a crash left half-done. */
export default async function recoverInterruptedReturns(container: MedusaContainer) {
  await recoverInterruptedReturnsWorkflow(container).run({ input: {} })
}

export const config = { name: "recover-interrupted-returns", schedule: { interval: 5 * 60_000 } }
