/**
 * The totals a shopper sees, taken as Medusa computed them (prices include VAT in this
 * shop): nothing is added up here, so the page and the order always agree.
 */
import { formatMoney } from "../../lib/money";

/** What a cart and an order both have: the summary shows either. */
export interface Totals {
  currency_code: string;
  original_item_total: number;
  discount_total: number;
  original_shipping_total: number;
  total: number;
  tax_total: number;
  shipping_methods?: readonly unknown[] | null;
  promotions?: readonly { code?: string | null }[] | null;
}

export interface SummaryRow {
  label: string;
  value: string;
  /** The codes behind a discount. */
  note?: string;
}

export interface CartSummary {
  rows: SummaryRow[];
  total: string;
  /** "Including €3.13 VAT"; absent until the address tells which rate applies. */
  taxNote?: string;
}

export function cartSummary(cart: Totals): CartSummary {
  const money = (amount: number) => formatMoney(amount, cart.currency_code);
  const codes = (cart.promotions ?? []).flatMap((promotion) => (promotion.code ? [promotion.code] : []));
  const rows: SummaryRow[] = [{ label: "Items", value: money(cart.original_item_total) }];
  if (cart.discount_total > 0) {
    rows.push({ label: "Discount", value: `−${money(cart.discount_total)}`, ...(codes.length ? { note: codes.join(", ") } : {}) });
  }
  const delivery = (cart.shipping_methods?.length ?? 0) === 0
    ? "Chosen at checkout"
    : cart.original_shipping_total === 0
      ? "Free"
      : money(cart.original_shipping_total);
  rows.push({ label: "Delivery", value: delivery });
  return {
    rows,
    total: money(cart.total),
    ...(cart.tax_total > 0 ? { taxNote: `Including ${money(cart.tax_total)} VAT` } : {}),
  };
}
