import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { ReturnPolicyRules } from "../modules/return-policy/rules"
import type { OrderForReturns } from "./order-for-returns"
import { refundForUnits } from "./refund-amount"

export type ItemCondition = "resellable" | "damaged"

export type ReceivedItemInput = { id: string; quantity: number; condition: ItemCondition; exchange_for_variant_id?: string }

/** The Medusa return's items as Query gives them (order line id, requested and received units, reason). */
export type ReturnItemForReceipt = {
  item_id: string
  quantity: unknown
  received_quantity?: unknown
  damaged_quantity?: unknown
  reason?: { value: string } | null
}

export type ReceiptLine = {
  item_id: string
  title: string
  quantity: number
  condition: ItemCondition
  reason_code: string | null
  restocked: boolean
  refunded: boolean
  refund_amount: string
  // Set when staff exchange these units for another variant instead of refunding them.
  exchange_for_variant_id?: string
  exchanged_for?: { variant_id: string; title: string; sku: string | null; charge: string }
}

export type ReceivePlan = {
  resellable: { id: string; quantity: number }[]
  damaged: { id: string; quantity: number }[]
  lines: ReceiptLine[]
  refund_due: string
}

const count = (value: unknown) => MathBN.convert((value as any) ?? 0).toNumber()

function addUnits(list: { id: string; quantity: number }[], id: string, quantity: number) {
  const existing = list.find((entry) => entry.id === id)
  if (existing) existing.quantity += quantity
  else list.push({ id, quantity })
}

/**
 * Checks what staff received against what the return still expects, and works out
 * what each unit becomes: resellable units go back to stock, damaged ones are written
 * off; every unit is refunded except damaged units returned for a reason the policy
 * does not cover (the shop was not at fault).
 */
export function planReceipt(
  order: OrderForReturns,
  returnItems: ReturnItemForReceipt[],
  received: ReceivedItemInput[],
  policy: ReturnPolicyRules,
): ReceivePlan {
  const plan: ReceivePlan = { resellable: [], damaged: [], lines: [], refund_due: "0" }
  let refundDue = MathBN.convert(0)

  for (const itemId of new Set(received.map((entry) => entry.id))) {
    const entries = received.filter((entry) => entry.id === itemId)
    const returnItem = returnItems.find((candidate) => candidate.item_id === itemId)
    const orderItem = order.items.find((candidate) => candidate.id === itemId)
    if (!returnItem || !orderItem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${itemId} is not part of this return.`)
    }
    const expected = count(returnItem.quantity) - count(returnItem.received_quantity)
    const receiving = entries.reduce((sum, entry) => sum + entry.quantity, 0)
    if (receiving > expected) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only ${expected} unit(s) of "${orderItem.title}" are still expected on this return; ${receiving} were entered.`,
      )
    }

    const reasonCode = returnItem.reason?.value ?? null
    const refundsDamaged = reasonCode !== null && policy.damaged_refund_reason_codes.includes(reasonCode)
    // Units of this line that came back in earlier returns, for the refund slice.
    let unitsBack = count(orderItem.detail?.return_received_quantity) + count(orderItem.detail?.return_dismissed_quantity)

    for (const entry of entries) {
      const refunded = entry.condition === "resellable" || refundsDamaged
      const amount = refunded ? refundForUnits(orderItem, unitsBack, entry.quantity, order.currency_code) : MathBN.convert(0)
      unitsBack += entry.quantity
      refundDue = MathBN.add(refundDue, amount)
      addUnits(entry.condition === "resellable" ? plan.resellable : plan.damaged, itemId, entry.quantity)
      plan.lines.push({
        item_id: itemId,
        title: orderItem.product_title ?? orderItem.title,
        quantity: entry.quantity,
        condition: entry.condition,
        reason_code: reasonCode,
        restocked: entry.condition === "resellable",
        refunded,
        refund_amount: amount.toString(),
        ...(entry.exchange_for_variant_id && { exchange_for_variant_id: entry.exchange_for_variant_id }),
      })
    }
  }

  plan.refund_due = refundDue.toString()
  return plan
}
