/**
 * Refuses a promo code whose once-per-customer or first-order-only limit the
 * cart's customer (account or e-mail) has used up: read-only, throws a 400
 * naming the reason (MedusaError with the reason's code, like the shop's other
 * promo code refusals).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerLimitProblem, limitsOf, type PastOrder } from "./promotion-limits"

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }
/** Who is buying; `except_order_id`: the order this cart already became (a completion retried), not an earlier one. */
type Customer = { customer_id?: string | null; email?: string | null; except_order_id?: string | null }
type Promotion = { id: string; code: string | null; metadata?: Record<string, unknown> | null }

/** The customer's earlier orders, by account and by e-mail (guest orders included), canceled and draft orders left out. */
async function pastOrdersOf(query: Query, customer: Customer): Promise<PastOrder[]> {
  const fields = ["id", "status", "is_draft_order", "items.adjustments.promotion_id", "shipping_methods.adjustments.promotion_id"]
  const filters = [
    ...(customer.customer_id ? [{ customer_id: customer.customer_id }] : []),
    ...(customer.email ? [...new Set([customer.email.trim(), customer.email.trim().toLowerCase()])].map((email) => ({ email })) : []),
  ]
  const byId = new Map<string, PastOrder>()
  for (const filter of filters) {
    const { data } = await query.graph({ entity: "order", fields, filters: filter })
    for (const order of data) {
      if (order.status === "canceled" || order.status === "draft" || order.is_draft_order || order.id === customer.except_order_id) continue
      const ids = new Set<string>()
      for (const item of order.items ?? []) for (const adjustment of item?.adjustments ?? []) if (adjustment?.promotion_id) ids.add(adjustment.promotion_id)
      for (const method of order.shipping_methods ?? []) for (const adjustment of method?.adjustments ?? []) if (adjustment?.promotion_id) ids.add(adjustment.promotion_id)
      byId.set(order.id, { id: order.id, promotion_ids: [...ids] })
    }
  }
  return [...byId.values()]
}

export async function assertCustomerLimits(
  container: MedusaContainer,
  customer: Customer,
  promotions: Promotion[],
): Promise<void> {
  const limited = promotions.filter((promotion) => {
    const limits = limitsOf(promotion.metadata)
    return promotion.code && (limits.once_per_customer || limits.first_order_only)
  })
  if (limited.length === 0 || (!customer.customer_id && !customer.email)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const pastOrders = await pastOrdersOf(query, customer)
  for (const promotion of limited) {
    const problem = customerLimitProblem(promotion.code!, promotion.id, limitsOf(promotion.metadata), pastOrders)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
  }
}

/** The promotions of some codes, with their metadata. */
export async function promotionsOfCodes(container: MedusaContainer, codes: string[]): Promise<Promotion[]> {
  if (codes.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const { data } = await query.graph({ entity: "promotion", fields: ["id", "code", "metadata"], filters: { code: codes } })
  return data as Promotion[]
}
