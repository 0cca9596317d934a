import { safeReturnPath } from "../security/safe-return-path";
import type { AstroCookies } from "astro";
import { ONE_YEAR_IN_SECONDS, shopperCookieOptions } from "../../lib/shopper-cookies";

/**
 * The store a shopper likes to collect from, remembered for a year in a plain cookie (not
 * httpOnly-sensitive: it is a store handle). Product pages list that store first.
 */
export const PREFERRED_STORE_COOKIE = "preferred_store";

export const readPreferredStore = (cookies: AstroCookies) => cookies.get(PREFERRED_STORE_COOKIE)?.value;

export const rememberPreferredStore = (cookies: AstroCookies, url: URL, handle: string) =>
  cookies.set(PREFERRED_STORE_COOKIE, handle, shopperCookieOptions(url, ONE_YEAR_IN_SECONDS));

/** The preferred store first, the others in their order. */
export function preferredFirst<T extends { handle: string }>(stores: T[], preferred: string | undefined): T[] {
  const index = stores.findIndex((store) => store.handle === preferred);
  return index <= 0 ? stores : [stores[index], ...stores.slice(0, index), ...stores.slice(index + 1)];
}

/** Where to go back after choosing a store: a path on this site, else the stores page. */
export const backTo = (value: unknown): string => safeReturnPath(value, "/stores");
