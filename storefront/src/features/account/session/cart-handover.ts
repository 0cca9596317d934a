/**
 * The cart survives signing in: a guest's cart (the `cart_id` cookie) becomes the
 * customer's, which also puts the customer's e-mail on it.
 *
 * Deliberately simple: Medusa keeps no "current cart" per customer, so a cart the customer
 * left on another device is not looked up or merged. The cart in this browser is the one
 * the shopper is looking at, so it is the one kept.
 */
import type { AstroCookies } from "astro";
import { isUnreachable, statusOf } from "../../../lib/backend-errors";
import { medusa } from "../../../lib/medusa";
import { forgetCart, readCartId } from "../../../lib/shopper-cookies";

export async function handOverGuestCart(cookies: AstroCookies, customerToken: string): Promise<void> {
  const cartId = readCartId(cookies);
  if (!cartId) return;
  try {
    await medusa().store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${customerToken}` });
  } catch (error) {
    // Signing in matters more than the cart, so this never fails the sign-in. A cart the
    // backend refuses (completed, deleted) is forgotten so the shopper starts a fresh one;
    // after an outage the guest cart is kept and handed over at the next sign-in.
    console.warn(`Could not hand cart ${cartId} over to the customer:`, error instanceof Error ? error.message : error);
    const status = statusOf(error);
    if (!isUnreachable(error) && status !== undefined && status < 500) forgetCart(cookies);
  }
}
