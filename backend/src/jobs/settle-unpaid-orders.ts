import type { MedusaContainer } from "@medusajs/framework/types"
import { settleUnpaidOrdersWorkflow, unpaidOrderGraceMinutes } from "../workflows/settle-unpaid-orders"

/** Every 5 minutes: orders left without an authorised payment are paid or released. */
export default async function settleUnpaidOrders(container: MedusaContainer) {
  await settleUnpaidOrdersWorkflow(container).run({ input: { older_than_minutes: unpaidOrderGraceMinutes() } })
}

export const config = { name: "settle-unpaid-orders", schedule: { interval: 5 * 60_000 } }
