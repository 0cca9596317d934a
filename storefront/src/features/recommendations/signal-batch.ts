/**
 * Personalisation signals the browser may report, checked before they are
 * forwarded: views and add-to-carts of product ids, at most 50 per batch.
 * Purchases are never taken from the browser; the backend records orders.
 */
export const CONSENT_COOKIE = "consent_personalisation";
export const VISITOR_COOKIE = "rec_visitor";
export const MAX_SIGNALS = 50;

export type BrowserSignal = { type: "view" | "add_to_cart"; product_id: string };

const PRODUCT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function hasConsent(cookieValue: string | undefined): boolean {
  return cookieValue === "yes";
}

/** The valid signals of a posted body ({ signals: [...] }), duplicates dropped. */
export function readSignalBatch(body: unknown): BrowserSignal[] {
  const signals = (body as { signals?: unknown } | null)?.signals;
  if (!Array.isArray(signals)) return [];
  const seen = new Set<string>();
  const valid: BrowserSignal[] = [];
  for (const signal of signals) {
    const { type, product_id } = (signal ?? {}) as Record<string, unknown>;
    if ((type !== "view" && type !== "add_to_cart") || typeof product_id !== "string" || !PRODUCT_ID.test(product_id)) continue;
    if (seen.has(`${type}|${product_id}`)) continue;
    seen.add(`${type}|${product_id}`);
    valid.push({ type, product_id });
    if (valid.length === MAX_SIGNALS) break;
  }
  return valid;
}
