import type { ReturnStatus } from "./return-types";

/** What each status means to a shopper (and to staff, who read the same words). */
export const RETURN_STATUS_WORDING: Record<ReturnStatus, string> = {
  requested: "Waiting for your items",
  receiving: "Being received",
  received: "Received, refund on its way",
  refund_pending: "Received, refund on its way",
  refund_failed: "Received, refund delayed",
  refunded: "Refunded",
  no_refund_due: "Received, no refund due",
};

export const METHOD_WORDING = { drop_at_store: "Drop at a store", mail: "By post", in_store: "At the counter" } as const;
