/** The shapes the in-store-returns plugin answers with (see plugins/in-store-returns/README.md). */
export type ReturnStatus = "requested" | "receiving" | "received" | "refund_pending" | "refund_failed" | "refunded" | "no_refund_due";
export type ReturnMethod = "drop_at_store" | "mail" | "in_store";
export type Condition = "resellable" | "damaged";
/** Units staff count at the counter; with a variant they are exchanged for it instead of refunded. */
export type ReceivedItem = { id: string; quantity: number; condition: Condition; exchange_for_variant_id?: string };

export interface ReturnableItem {
  id: string;
  title: string;
  variant_title: string | null;
  thumbnail: string | null;
  purchased_quantity: number;
  already_returned_quantity: number;
  returnable_quantity: number;
  why_not: { code: string; message: string }[];
}

export interface Returnability {
  order: { id: string; display_id: number; email: string | null; created_at: string; currency_code: string };
  return_window: { days: number; starts_from: "delivery" | "order_date"; closes_at: string; open: boolean };
  returnable_items: ReturnableItem[];
}

export interface ReceiptLine {
  item_id: string;
  title: string;
  quantity: number;
  condition: Condition;
  reason_code: string | null;
  restocked: boolean;
  refunded: boolean;
  refund_amount: string;
  exchanged_for?: { variant_id: string; title: string; sku: string | null; charge: string };
}

/** A variant the store could hand over instead of refunding a line (same product, at most the same price, on its shelf). */
export interface ExchangeOption {
  variant_id: string;
  title: string;
  sku: string | null;
  price: number | null;
  available_quantity: number | null;
  why_not: "dearer" | "out_of_stock" | "no_price" | null;
}

/** A return as staff see it: without its counter code, which only the shopper holds. */
export interface StoreReturn {
  id: string;
  status: ReturnStatus;
  method: ReturnMethod;
  return_status: string | null;
  order: { id: string; display_id?: number; email?: string | null };
  location: { id: string; name: string; address: string } | null;
  currency_code: string;
  refunded_amount: number;
  pending_refund_amount: number;
  refund_error: string | null;
  instructions: string;
  items: {
    item_id: string;
    title: string;
    variant_title: string | null;
    thumbnail: string | null;
    quantity: number;
    received_quantity: number;
    damaged_quantity: number;
    reason: { value: string; label: string } | null;
    note: string | null;
  }[];
  visits?: { received_at: string; lines: ReceiptLine[]; refund_due: string }[];
  // Shopper view: what they took home in exchange at the counter.
  exchanged_for?: { quantity: number; title: string; charge: string }[];
  created_at: string;
}

/** The shopper's own return: with the code they show at the counter. */
export interface ShopperReturn extends StoreReturn {
  code: string;
}

export interface ReturnPolicy {
  window_days: number;
  window_starts: string;
  non_returnable: string;
  refund: string;
  damaged_items: string;
  reasons: { value: string; label: string }[];
  methods: ({ id: "drop_at_store"; stores: { id: string; name: string; address: string }[] } | { id: "mail"; address: { id: string; name: string; address: string } })[];
}

export interface ReturnReceipt {
  store_return_id: string;
  order_display_id: number;
  email: string | null;
  store: { id: string; name: string; address: string } | null;
  status: ReturnStatus;
  currency_code: string;
  refunded_amount: number;
  pending_refund_amount: number;
  refund_error: string | null;
  visits: { received_at: string; lines: ReceiptLine[]; refund_due: string }[];
}
