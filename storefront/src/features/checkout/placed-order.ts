/**
 * The confirmation page shows an order's address and e-mail, so it shows them only in
 * the browser that placed the order: the order id and the id of the cart it was placed
 * from are kept for a day in an httpOnly cookie. The backend shows a guest's order only
 * to a request that names that cart (the `x-order-cart-id` header, see shop-core's
 * order-access), so knowing an order id alone opens nothing.
 */
import type { AstroCookies } from "astro";
import { customerHeaders, shopperCookieOptions } from "../../lib/shopper-cookies";

const PLACED_ORDER_COOKIE = "placed_order";
const ONE_DAY_IN_SECONDS = 60 * 60 * 24;
export const ORDER_CART_HEADER = "x-order-cart-id";

export function rememberPlacedOrder(cookies: AstroCookies, url: URL, orderId: string, cartId: string): void {
  cookies.set(PLACED_ORDER_COOKIE, `${orderId}:${cartId}`, shopperCookieOptions(url, ONE_DAY_IN_SECONDS, { path: "/order" }));
}

/** The cart `orderId` was placed from in this browser, if it was. */
export function placedOrderCart(cookies: AstroCookies, orderId: string): string | undefined {
  const [placedOrderId, cartId] = (cookies.get(PLACED_ORDER_COOKIE)?.value ?? "").split(":");
  return orderId !== "" && placedOrderId === orderId && cartId ? cartId : undefined;
}

export function placedThisOrder(cookies: AstroCookies, orderId: string): boolean {
  return placedOrderCart(cookies, orderId) !== undefined;
}

/** Headers for Store API calls about one order: the signed-in customer, and the placing cart when this browser placed it. */
export function orderAccessHeaders(cookies: AstroCookies, orderId: string): Record<string, string> {
  const cartId = placedOrderCart(cookies, orderId);
  return { ...customerHeaders(cookies), ...(cartId ? { [ORDER_CART_HEADER]: cartId } : {}) };
}
