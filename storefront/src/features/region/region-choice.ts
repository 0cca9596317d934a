import { sameSitePath } from "../../lib/same-site-path";

/** Pure rules for which region (and so which currency) a shopper sees. */
export const REGION_COOKIE = "region_id";

/** Shoppers without a choice see prices in euros, the shop's home currency. */
export const DEFAULT_CURRENCY = "eur";

export interface RegionSummary {
  id: string;
  name: string;
  currency_code: string;
}

export function chooseRegion<R extends RegionSummary>(
  regions: readonly R[],
  preferredId?: string,
): R | undefined {
  return (
    regions.find((region) => region.id === preferredId) ??
    regions.find((region) => region.currency_code.toLowerCase() === DEFAULT_CURRENCY) ??
    regions[0]
  );
}

/**
 * Where to send the shopper after changing region. Only same-site paths are allowed,
 * so the form cannot be used to redirect to another site ("//evil.example").
 */
export function safeReturnPath(value: unknown): string {
  const url = sameSitePath(value);
  return url ? url.pathname + url.search + url.hash : "/";
}
