import { sameSitePath } from "../security/safe-return-path";

/**
 * Where to send a shopper after signing in. Only paths on this site are accepted, so a
 * crafted link ("/account/sign-in?return_to=//evil.example") cannot bounce a freshly
 * signed-in shopper to another site.
 */
export const ACCOUNT_HOME = "/account";
export const SIGN_IN_PATH = "/account/sign-in";

/** Pages a signed-in shopper has no reason to come back to. */
const SIGNED_OUT_PAGES = ["/account/sign-in", "/account/register", "/account/forgot-password", "/account/reset-password"];

export function safeReturnTo(value: unknown, fallback = ACCOUNT_HOME): string {
  const url = sameSitePath(value);
  if (!url) return fallback;
  if (SIGNED_OUT_PAGES.includes(url.pathname) || url.pathname.startsWith("/api/")) return fallback;
  return url.pathname + url.search + url.hash;
}

/** A sign-in or registration page that remembers where the shopper was going. */
export function withReturnTo(path: string, returnTo: string): string {
  const target = safeReturnTo(returnTo);
  // The account home is where these pages lead anyway: no need to say so in the address.
  return target === ACCOUNT_HOME ? path : `${path}?${new URLSearchParams({ return_to: target })}`;
}

/** The sign-in page, remembering the page the shopper wanted to see. */
export const signInHref = (returnTo: string) => withReturnTo(SIGN_IN_PATH, returnTo);
