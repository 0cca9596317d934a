/** Events this plugin emits; the receipt e-mail subscriber listens to them. */
export const STORE_RETURN_EVENTS = {
  RECEIVED: "store_return.received",
  REFUND_RETRIED: "store_return.refund_retried",
} as const
