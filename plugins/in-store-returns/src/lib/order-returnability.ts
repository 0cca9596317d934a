import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ReturnPolicyRules } from "../modules/return-policy/rules"
import { ORDER_FOR_RETURNS_FIELDS, type OrderForReturns } from "./order-for-returns"
import { returnableItems } from "./returnable-items"
import { isWindowOpen, returnWindow } from "./return-window"

export async function loadOrderForReturns(query: Omit<RemoteQueryFunction, symbol>, filters: Record<string, unknown>) {
  const { data } = await query.graph({ entity: "order", fields: ORDER_FOR_RETURNS_FIELDS, filters })
  return data as unknown as OrderForReturns[]
}

/** What a shopper or staff member sees before booking a return: the window and each line's returnable units. */
export function returnabilityOf(order: OrderForReturns, policy: ReturnPolicyRules, now = new Date()) {
  const window = returnWindow(order, policy.window_days)
  return {
    order: { id: order.id, display_id: order.display_id, email: order.email, created_at: order.created_at, currency_code: order.currency_code },
    return_window: { days: policy.window_days, starts_from: window.starts_from, closes_at: window.closes_at, open: isWindowOpen(order, policy.window_days, now) },
    returnable_items: returnableItems(order, policy, now),
  }
}
