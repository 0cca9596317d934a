import { MathBN } from "@medusajs/framework/utils"
import type { ReturnPolicyRules } from "../modules/return-policy/rules"
import type { OrderForReturns, OrderItemForReturns } from "./order-for-returns"
import { isWindowOpen, returnWindow } from "./return-window"

export type NotReturnableReason = "order_canceled" | "window_closed" | "non_returnable_product" | "not_delivered_yet" | "already_returned"

export type ReturnableItem = {
  id: string
  title: string
  variant_title: string | null
  product_id: string | null
  thumbnail: string | null
  purchased_quantity: number
  // Units sent to the shopper: only those can come back.
  fulfilled_quantity: number
  // Units already requested, received or written off in earlier returns.
  already_returned_quantity: number
  returnable_quantity: number
  why_not: { code: NotReturnableReason; message: string }[]
}

const count = (value: unknown) => MathBN.convert((value as any) ?? 0).toNumber()

export const alreadyReturnedQuantity = (item: OrderItemForReturns) =>
  count(
    MathBN.sum(
      item.detail?.return_requested_quantity ?? 0,
      item.detail?.return_received_quantity ?? 0,
      item.detail?.return_dismissed_quantity ?? 0,
    ),
  )

function isNonReturnableProduct(item: OrderItemForReturns, policy: ReturnPolicyRules) {
  if (item.product_id && policy.non_returnable_product_ids.includes(item.product_id)) return true
  return (item.product?.tags ?? []).some((tag) => tag.value === policy.non_returnable_tag)
}

/**
 * What each line of an order can still be returned, and why not when it cannot.
 * Medusa itself only checks against fulfilled minus currently requested units, so
 * an item received back could be requested again; counting received and written-off
 * units here is what stops a second return of the same unit.
 */
export function returnableItems(order: OrderForReturns, policy: ReturnPolicyRules, now = new Date()): ReturnableItem[] {
  const windowOpen = isWindowOpen(order, policy.window_days, now)
  const closesAt = returnWindow(order, policy.window_days).closes_at.toISOString().slice(0, 10)

  return order.items.map((item) => {
    const fulfilled = count(item.detail?.fulfilled_quantity)
    const alreadyReturned = alreadyReturnedQuantity(item)
    const why_not: ReturnableItem["why_not"] = []
    if (order.canceled_at || order.status === "canceled") why_not.push({ code: "order_canceled", message: "The order was canceled." })
    if (!windowOpen) {
      why_not.push({ code: "window_closed", message: `The ${policy.window_days}-day return window closed on ${closesAt}.` })
    }
    if (isNonReturnableProduct(item, policy)) why_not.push({ code: "non_returnable_product", message: "This product cannot be returned." })
    if (fulfilled === 0) why_not.push({ code: "not_delivered_yet", message: "This item has not been sent yet." })
    else if (alreadyReturned >= fulfilled) why_not.push({ code: "already_returned", message: "Every unit of this item has already been returned." })

    return {
      id: item.id,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      product_id: item.product_id ?? null,
      thumbnail: item.thumbnail ?? null,
      purchased_quantity: count(item.quantity),
      fulfilled_quantity: fulfilled,
      already_returned_quantity: alreadyReturned,
      returnable_quantity: why_not.length ? 0 : Math.max(fulfilled - alreadyReturned, 0),
      why_not,
    }
  })
}
