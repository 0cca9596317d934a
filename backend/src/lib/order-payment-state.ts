/** An order's payment collections as the recovery reads them. */
export type OrderPayments = {
  id: string
  status?: string
  canceled_at?: unknown
  payment_collections?: {
    status?: string
    payments?: { id: string; canceled_at?: unknown }[] | null
    payment_sessions?: { id: string; status: string }[] | null
  }[] | null
}

/** Whether the order has a payment that was authorised (or captured) and not canceled. */
export function hasLivePayment(order: OrderPayments): boolean {
  return (order.payment_collections ?? []).some((collection) => (collection.payments ?? []).some((payment) => !payment.canceled_at))
}

/**
 * The payment session a completion left unauthorised: the order exists, is not canceled,
 * has no live payment, and its session still waits for authorisation ("pending"). Null
 * when there is nothing to finish. A session "pending_authorization" is a deferred method
 * (bank transfer) that Medusa completes without a payment on purpose: left alone.
 */
export function unpaidSessionOf(order: OrderPayments | undefined): string | null {
  if (!order || order.canceled_at || order.status === "canceled" || hasLivePayment(order)) return null
  const sessions = (order.payment_collections ?? []).flatMap((collection) => collection.payment_sessions ?? [])
  return sessions.find((session) => ["pending", "error", "requires_more"].includes(session.status))?.id ?? null
}

/** An order that is not canceled and has no live payment: placed by a completion that did not reach its payment. */
export function isUnpaidOrder(order: OrderPayments | undefined): boolean {
  return !!order && !order.canceled_at && order.status !== "canceled" && !hasLivePayment(order)
}
