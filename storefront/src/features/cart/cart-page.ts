/**
 * The cart page's work, before any HTML is sent: handle a posted form (then redirect,
 * so a refresh does not post it again), or load the cart with its stock to show it.
 */
import type { AstroGlobal } from "astro";
import { postedForm } from "../account/forms/form-state";
import { textOf } from "../account/forms/form-values";
import { loadPageShell, type PageShell } from "../layout/page-shell";
import { handleCartForm, type FormId } from "./cart-actions";
import { currentCart, stockOfProducts, type Cart, type ShopperContext } from "./cart-api";
import { cartLineViews, type CartLineView } from "./cart-lines";
import { setFlash, takeFlash, type Flash } from "./flash";

export type PageContext = ShopperContext & Pick<AstroGlobal, "request" | "redirect" | "response">;

export interface FormError {
  formId: FormId;
  message: string;
  /** What the shopper typed, shown again in the field. */
  typed?: string;
}

/** Pages showing a cart are the shopper's own: never stored by a shared cache. */
export function markPrivate(context: Pick<AstroGlobal, "response">): void {
  context.response.headers.set("Cache-Control", "private, no-store");
}

/**
 * Runs a form posted to a cart page. On success: a 303 back to `path`, with the notice
 * to show there. On failure: the error for the page to show beside the form, and the
 * page's status set to the failure's.
 */
export async function runCartForm(
  context: PageContext,
  cart: Cart,
  form: FormData,
  path: string,
): Promise<Response | FormError> {
  const result = await handleCartForm(context, cart, form);
  if (result.ok) {
    setFlash(context.cookies, context.url, { kind: "success", message: result.notice });
    return context.redirect(path, 303);
  }
  context.response.status = result.status;
  return { formId: result.formId, message: result.message, typed: textOf(form, "promo_code") };
}

export interface CartPageView {
  shell: PageShell;
  cart: Cart | undefined;
  lines: CartLineView[];
  /** Each product in the cart once: the cart's recommendation row leaves them out. */
  productIds: string[];
  flash: Flash | undefined;
  formError: FormError | undefined;
}

export async function loadCartPage(context: PageContext): Promise<CartPageView | Response> {
  markPrivate(context);
  const shell = await loadPageShell(context);
  let cart = await currentCart(context, shell.region);
  let formError: FormError | undefined;
  const form = await postedForm(context.request);
  if (form) {
    if (!cart) return context.redirect("/cart", 303);
    const outcome = await runCartForm(context, cart, form, "/cart");
    if (outcome instanceof Response) return outcome;
    formError = outcome;
    cart = await currentCart(context, shell.region);
  }
  const productIds = [...new Set((cart?.items ?? []).flatMap((item) => (item.product_id ? [item.product_id] : [])))];
  const stock = await stockOfProducts(productIds);
  return {
    shell,
    cart,
    lines: cart ? cartLineViews(cart, stock) : [],
    productIds,
    flash: takeFlash(context.cookies),
    formError,
  };
}
