import type { APIRoute } from "astro";
import { readCartId } from "../../lib/shopper-cookies";
import { placeCartOrder } from "../../features/checkout/checkout-actions";

/**
 * Where Stripe sends the shopper back after a payment that left the page (a bank's
 * 3-D Secure page, a redirect-based method). The cart is completed here as after any
 * card payment; if Stripe's webhook completed it first, completing it again finds the
 * same order.
 */
export const GET: APIRoute = async (context) => {
  if (context.url.searchParams.get("redirect_status") === "failed") {
    return context.redirect("/checkout?payment=failed#step-review", 303);
  }
  const cartId = readCartId(context.cookies);
  // No cart: this page was reloaded after the order was placed, or the cart is gone.
  if (!cartId) return context.redirect("/cart", 303);
  const result = await placeCartOrder(context, cartId);
  if (result.kind === "placed") return context.redirect(`/order/confirmed/${result.orderId}`, 303);
  const payment = result.kind === "failed" && result.failure.step === "payment" ? "?payment=failed" : "";
  return context.redirect(`/checkout${payment}#step-review`, 303);
};
