import type { ReturnVisit } from "../workflows/steps/record-return-visit"
import { oneLineAddress, type ReturnLocation } from "./return-locations"

export type StoreReturnRecord = {
  id: string
  status: string
  method: string
  order_id: string
  currency_code: string
  refunded_amount: unknown
  pending_refund_amount: unknown
  refund_error?: string | null
  receipts?: unknown
  created_at?: unknown
}

/**
 * The return receipt, as JSON the counter prints and the e-mail template fills in:
 * what came back, in which condition, and what was refunded or is still owed. It names
 * the return by its id, never by its counter code (the receipt is e-mailed, printed
 * and read by staff: the code stays with the shopper).
 */
export function buildReturnReceipt(
  storeReturn: StoreReturnRecord,
  order: { display_id: number; email: string | null },
  location: ReturnLocation | null,
) {
  const visits = ((storeReturn.receipts as { visits?: ReturnVisit[] })?.visits ?? []).map((visit) => ({
    received_at: visit.received_at,
    lines: visit.lines,
    refund_due: visit.refund_due,
  }))
  return {
    store_return_id: storeReturn.id,
    order_display_id: order.display_id,
    email: order.email,
    store: location ? { id: location.id, name: location.name, address: oneLineAddress(location) } : null,
    status: storeReturn.status,
    currency_code: storeReturn.currency_code,
    refunded_amount: Number(storeReturn.refunded_amount ?? 0),
    pending_refund_amount: Number(storeReturn.pending_refund_amount ?? 0),
    refund_error: storeReturn.refund_error ?? null,
    visits,
  }
}

export type ReturnReceipt = ReturnType<typeof buildReturnReceipt>
