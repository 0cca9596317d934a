import type { MedusaContainer } from "@medusajs/framework/types"
import { settleUnpaidOrdersWorkflow, unpaidOrderGraceMinutes } from "../workflows/settle-unpaid-orders"

/** Once, a few seconds after the backend starts: what the last process left unpaid is settled first. */
export default async function settleUnpaidOrdersAtStart(container: MedusaContainer) {
  await settleUnpaidOrdersWorkflow(container).run({ input: { older_than_minutes: unpaidOrderGraceMinutes() } })
}

export const config = { name: "settle-unpaid-orders-at-start", schedule: { interval: 5_000, numberOfExecutions: 1 } }
