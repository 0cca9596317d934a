/**
 * The "add €X more for free delivery" nudge. Amounts are compared in whole minor units
 * (cents, pence), so 50 − 49.99 is one cent and never 0.010000000000005116.
 */

/**
 * Items worth this much (VAT included, after discounts) travel free: the one place to change
 * it in the storefront. It must match the backend's rule on Standard delivery (the seed's
 * FREE_SHIPPING_FROM), which is what actually makes delivery free.
 */
export const FREE_DELIVERY_THRESHOLD: Readonly<Record<string, number>> = { eur: 50, gbp: 45 };

export type FreeDeliveryNudge =
  | { kind: "reached"; threshold: number }
  | { kind: "short"; threshold: number; remaining: number };

function fractionDigits(currencyCode: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
    .maximumFractionDigits ?? 2;
}

export function toMinorUnits(amount: number, digits: number): number {
  return Math.round(amount * 10 ** digits);
}

/** Undefined when the currency has no free-delivery threshold. `itemTotal` is Medusa's `cart.item_total`. */
export function freeDeliveryNudge(itemTotal: number, currencyCode: string): FreeDeliveryNudge | undefined {
  const threshold = FREE_DELIVERY_THRESHOLD[currencyCode.toLowerCase()];
  if (threshold === undefined) return undefined;
  const digits = fractionDigits(currencyCode);
  const remainingMinor = toMinorUnits(threshold, digits) - toMinorUnits(itemTotal, digits);
  if (remainingMinor <= 0) return { kind: "reached", threshold };
  return { kind: "short", threshold, remaining: remainingMinor / 10 ** digits };
}
