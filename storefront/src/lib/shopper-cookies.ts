import type { AstroCookies } from "astro";

/**
 * The shopper's cart id and customer session token live in httpOnly cookies, so
 * page scripts never see them; Secure whenever the shop is served over https;
 * SameSite=Lax so following a link into the shop keeps the cart.
 */
export const CART_COOKIE = "cart_id";
export const CUSTOMER_TOKEN_COOKIE = "customer_token";

const THIRTY_DAYS_IN_SECONDS = 60 * 60 * 24 * 30;
export const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** The shop's cookie settings (httpOnly, Lax, Secure over https), for `maxAge` seconds; `overrides` for the exceptions. */
export function shopperCookieOptions(url: URL, maxAge: number, overrides: { path?: string; httpOnly?: boolean } = {}) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure: url.protocol === "https:", maxAge, ...overrides };
}

export const readCartId = (cookies: AstroCookies) => cookies.get(CART_COOKIE)?.value;
export const rememberCart = (cookies: AstroCookies, url: URL, cartId: string) =>
  cookies.set(CART_COOKIE, cartId, shopperCookieOptions(url, THIRTY_DAYS_IN_SECONDS));
export const forgetCart = (cookies: AstroCookies) => cookies.delete(CART_COOKIE, { path: "/" });

export const readCustomerToken = (cookies: AstroCookies) => cookies.get(CUSTOMER_TOKEN_COOKIE)?.value;
export const rememberCustomerToken = (cookies: AstroCookies, url: URL, token: string) =>
  cookies.set(CUSTOMER_TOKEN_COOKIE, token, shopperCookieOptions(url, THIRTY_DAYS_IN_SECONDS));
export const forgetCustomerToken = (cookies: AstroCookies) => cookies.delete(CUSTOMER_TOKEN_COOKIE, { path: "/" });

/** Per-request headers for Store API calls made on behalf of a signed-in customer. */
export function customerHeaders(cookies: AstroCookies): Record<string, string> {
  const token = readCustomerToken(cookies);
  return token ? { authorization: `Bearer ${token}` } : {};
}
