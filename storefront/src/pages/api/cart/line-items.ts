import type { APIRoute } from "astro";
import { addToCart } from "../../../features/cart/cart-actions";
import { setFlash } from "../../../features/cart/flash";

/**
 * Add to cart. The product page and listing cards post here as plain forms: the answer
 * is then a 303 to the cart page, which shows what happened. Their enhancement script
 * asks for JSON instead and stays on the page.
 */
export const POST: APIRoute = async (context) => {
  const form = await context.request.formData().catch(() => new FormData());
  const result = await addToCart(context, form);
  if (context.request.headers.get("accept")?.includes("application/json")) {
    return Response.json(result, { status: result.ok ? 200 : result.status });
  }
  setFlash(context.cookies, context.url, {
    kind: result.ok ? "success" : "error",
    message: result.ok ? result.message : `We couldn't add this to your cart: ${result.message}`,
  });
  return context.redirect("/cart", 303);
};
