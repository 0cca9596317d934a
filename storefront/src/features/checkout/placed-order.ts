/**
 * The confirmation page shows an order's address and e-mail, so it shows them only in
 * the browser that placed the order: its id is kept for a day in an httpOnly cookie.
 */
import type { AstroCookies } from "astro";
import { shopperCookieOptions } from "../../lib/shopper-cookies";

const PLACED_ORDER_COOKIE = "placed_order";
const ONE_DAY_IN_SECONDS = 60 * 60 * 24;

export function rememberPlacedOrder(cookies: AstroCookies, url: URL, orderId: string): void {
  cookies.set(PLACED_ORDER_COOKIE, orderId, shopperCookieOptions(url, ONE_DAY_IN_SECONDS, { path: "/order" }));
}

export function placedThisOrder(cookies: AstroCookies, orderId: string): boolean {
  return cookies.get(PLACED_ORDER_COOKIE)?.value === orderId;
}
