import { safeReturnPath } from "../security/safe-return-path";

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

/** Where to send the shopper after changing region: a path on this site (see security/safe-return-path). */
export { safeReturnPath };
