import { sameSitePath } from "../security/safe-return-path";

/**
 * Where to send staff after signing in or choosing a store: only /staff pages of this
 * site, never the sign-in page itself, so a crafted link cannot bounce them elsewhere.
 */
export const STAFF_HOME = "/staff/pickups";
export const STAFF_SIGN_IN = "/staff/sign-in";
export const STAFF_STORE_CHOOSER = "/staff/store";

export function safeStaffReturnTo(value: unknown, fallback = STAFF_HOME): string {
  const url = sameSitePath(value);
  if (!url || !/^\/staff(\/|$)/.test(url.pathname)) return fallback;
  if (url.pathname === STAFF_SIGN_IN || url.pathname === "/staff/sign-out") return fallback;
  return url.pathname + url.search;
}

export const withStaffReturnTo = (path: string, returnTo: string) =>
  `${path}?${new URLSearchParams({ return_to: safeStaffReturnTo(returnTo) })}`;
