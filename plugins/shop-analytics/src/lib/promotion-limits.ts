/**
 * Marketing limits Medusa's promotions lack, kept in the promotion's
 * metadata: once per customer (by account and by e-mail) and first order
 * only. Pure: what a promotion allows and why a code is refused.
 */
export type CustomerLimits = { once_per_customer: boolean; first_order_only: boolean }

export const NO_LIMITS: CustomerLimits = { once_per_customer: false, first_order_only: false }

/** Key of the limits in `promotion.metadata`. */
export const LIMITS_KEY = "customer_limits"

export function limitsOf(metadata: Record<string, unknown> | null | undefined): CustomerLimits {
  const value = metadata?.[LIMITS_KEY] as Partial<CustomerLimits> | undefined
  return { once_per_customer: value?.once_per_customer === true, first_order_only: value?.first_order_only === true }
}

/** A customer's earlier orders (not canceled), with the promotions each used. */
export type PastOrder = { id: string; promotion_ids: string[] }

export type LimitProblem = { code: string; message: string }

/** Why `code` cannot be used by a customer with these earlier orders, or null. Same shape as the shop's other refusal reasons. */
export function customerLimitProblem(code: string, promotionId: string, limits: CustomerLimits, pastOrders: PastOrder[]): LimitProblem | null {
  if (limits.first_order_only && pastOrders.length > 0) {
    return { code: "promo_code_first_order_only", message: `${code} is only for a first order.` }
  }
  if (limits.once_per_customer && pastOrders.some((order) => order.promotion_ids.includes(promotionId))) {
    return { code: "promo_code_already_used", message: `${code} can be used once per customer and has already been used with this account or e-mail.` }
  }
  return null
}
