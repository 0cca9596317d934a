/**
 * Medusa's order, payment and fulfilment statuses in the words a shopper would use.
 * Unknown values (a newer Medusa, a plugin) fall back to a neutral wording.
 */
import type { HttpTypes } from "@medusajs/types";

type StatusFields = Pick<HttpTypes.StoreOrder, "status" | "payment_status" | "fulfillment_status">;

export type StatusTone = "neutral" | "progress" | "done" | "attention";

export interface StatusWording {
  label: string;
  tone: StatusTone;
}

const PAYMENT_WORDING: Record<string, StatusWording> = {
  not_paid: { label: "Not paid yet", tone: "attention" },
  awaiting: { label: "Awaiting payment", tone: "progress" },
  authorized: { label: "Payment approved", tone: "progress" },
  partially_authorized: { label: "Payment partly approved", tone: "progress" },
  captured: { label: "Paid", tone: "done" },
  partially_captured: { label: "Partly paid", tone: "progress" },
  partially_refunded: { label: "Partly refunded", tone: "done" },
  refunded: { label: "Refunded", tone: "done" },
  canceled: { label: "Payment cancelled", tone: "neutral" },
  requires_action: { label: "Payment needs your attention", tone: "attention" },
};

const FULFILLMENT_WORDING: Record<string, StatusWording> = {
  not_fulfilled: { label: "Being prepared", tone: "progress" },
  partially_fulfilled: { label: "Partly packed", tone: "progress" },
  fulfilled: { label: "Packed and ready to go", tone: "progress" },
  partially_shipped: { label: "Partly sent", tone: "progress" },
  shipped: { label: "On its way", tone: "progress" },
  partially_delivered: { label: "Partly delivered", tone: "progress" },
  delivered: { label: "Delivered", tone: "done" },
  canceled: { label: "Cancelled", tone: "neutral" },
};

const UNKNOWN: StatusWording = { label: "Being processed", tone: "neutral" };

export function paymentStatusWording(order: StatusFields): StatusWording {
  return PAYMENT_WORDING[order.payment_status] ?? UNKNOWN;
}

export function fulfillmentStatusWording(order: StatusFields): StatusWording {
  return FULFILLMENT_WORDING[order.fulfillment_status] ?? UNKNOWN;
}

/**
 * One word for the order history: the order's own status wins when it ended the order,
 * then a refund, then how far the parcel has got.
 */
export function orderProgressWording(order: StatusFields): StatusWording {
  if (order.status === "canceled") return { label: "Cancelled", tone: "neutral" };
  if (order.status === "requires_action") return { label: "Needs your attention", tone: "attention" };
  if (order.payment_status === "refunded") return PAYMENT_WORDING.refunded!;
  if (order.payment_status === "requires_action" || order.payment_status === "not_paid") {
    return paymentStatusWording(order);
  }
  return fulfillmentStatusWording(order);
}

/**
 * Whether to offer "Return items": once something has left the shop and the order stands.
 * The returns page itself decides which items can still go back (and until when).
 */
export function canOfferReturn(order: StatusFields): boolean {
  return order.status !== "canceled" && !["not_fulfilled", "canceled"].includes(order.fulfillment_status);
}
