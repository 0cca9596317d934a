import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { ReturnPolicyRules } from "../../modules/return-policy/rules"
import type { OrderForReturns } from "../../lib/order-for-returns"
import { returnableItems } from "../../lib/returnable-items"

export type RequestedReturnItem = { id: string; quantity: number; reason_code: string; note?: string | null }

export type ValidateReturnRequestInput = {
  order: OrderForReturns
  policy: ReturnPolicyRules
  items: RequestedReturnItem[]
  // Set when a shopper asks: the order must be theirs. Null when staff ask at the counter.
  customer_id: string | null
  known_reason_codes: string[]
}

export const validateReturnRequestStepId = "validate-return-request"

/**
 * Enforces the return policy before anything is written: the order is the shopper's,
 * the window is open, every item is returnable in the asked quantity (counting units
 * already returned), and every reason is one the shop offers.
 */
export const validateReturnRequestStep = createStep(validateReturnRequestStepId, async (input: ValidateReturnRequestInput) => {
  const { order, policy, items, customer_id } = input
  if (customer_id !== null && order.customer_id !== customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order.id} was not found.`)
  }
  const returnable = new Map(returnableItems(order, policy).map((item) => [item.id, item]))
  const asked = new Map<string, number>()
  for (const item of items) asked.set(item.id, (asked.get(item.id) ?? 0) + item.quantity)

  for (const [itemId, quantity] of asked) {
    const line = returnable.get(itemId)
    if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${itemId} is not part of order ${order.display_id}.`)
    if (line.why_not.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `"${line.title}" cannot be returned: ${line.why_not.map((why) => why.message).join(" ")}`)
    }
    if (quantity > line.returnable_quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only ${line.returnable_quantity} unit(s) of "${line.title}" can still be returned; ${quantity} were asked.`,
      )
    }
  }
  const unknownReason = items.find((item) => !input.known_reason_codes.includes(item.reason_code))
  if (unknownReason) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${unknownReason.reason_code}" is not a return reason this shop offers.`)
  }
})
