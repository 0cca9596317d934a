/** Events this plugin emits; the e-mail subscribers listen to them. */
export const STORE_RETURN_EVENTS = {
  REQUESTED: "store_return.requested",
  RECEIVED: "store_return.received",
  REFUND_RETRIED: "store_return.refund_retried",
} as const
