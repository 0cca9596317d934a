/**
 * What the cart's forms do: check the posted values and the stock, ask Medusa, and say
 * what to tell the shopper. Pages and endpoints decide how to answer (redirect, JSON or
 * the page again with the message next to the form).
 */
import { statusOf } from "../../lib/backend-errors";
import { textOf } from "../account/forms/form-values";
import { resolveRegion } from "../region/regions-api";
import { refusalMessage, shopperMessage } from "./backend-message";
import {
  addLineItem,
  addPromoCode,
  changeLineQuantity,
  createCart,
  currentCart,
  quantityInCart,
  removePromoCode,
  stockOfProducts,
  type Cart,
  type ShopperContext,
} from "./cart-api";
import { MAX_LINE_QUANTITY, readAddToCartForm, readLineQuantityForm } from "./cart-forms";
import { promoCodeSpellings, promoOutcome, promoRefusal, readPromoInput } from "./promo-code";
import { quantityProblem } from "./stock-check";

/** Which form on the page a message belongs to: "promo", or "line-<line item id>". */
export type FormId = "promo" | `line-${string}` | "cart";

export type FormResult =
  | { ok: true; notice: string }
  | { ok: false; formId: FormId; message: string; status: number };

const failed = (formId: FormId, message: string, status = 400): FormResult => ({ ok: false, formId, message, status });

/** A 4xx keeps its status; an outage or server error becomes 503 (the shopper may retry). */
function failureStatus(error: unknown): number {
  const status = statusOf(error);
  return status !== undefined && status < 500 ? status : 503;
}

const backendFailure = (formId: FormId, error: unknown) => failed(formId, shopperMessage(error), failureStatus(error));

export type AddToCartResult = { ok: true; message: string; itemCount: number } | { ok: false; message: string; status: number };

export async function addToCart(context: ShopperContext, form: FormData): Promise<AddToCartResult> {
  const read = readAddToCartForm(form);
  if (!read.ok) return { ok: false, message: read.message, status: 400 };
  const { variantId, productId, quantity } = read.values;
  try {
    const { region } = await resolveRegion(context.cookies);
    if (!region) return { ok: false, message: "Sorry, the shop is not taking orders right now.", status: 503 };
    const [stock, existing] = await Promise.all([stockOfProducts([productId]), currentCart(context, region)]);
    const variant = stock.get(variantId);
    if (!variant) return { ok: false, message: "Sorry, this product is no longer available.", status: 404 };
    const inCart = existing ? quantityInCart(existing, variantId) : 0;
    if (inCart + quantity > MAX_LINE_QUANTITY) {
      return { ok: false, message: `You can order up to ${MAX_LINE_QUANTITY} of one item.`, status: 409 };
    }
    const problem = quantityProblem(variant, quantity, inCart);
    if (problem) return { ok: false, message: `${problem}.`, status: 409 };
    const cart = existing
      ? await addLineItem(context, existing, variantId, quantity)
      : await createCart(context, region, [{ variant_id: variantId, quantity }]);
    return { ok: true, message: `Added ${variant.productTitle} to your cart.`, itemCount: quantityInCart(cart) };
  } catch (error) {
    return { ok: false, message: shopperMessage(error), status: failureStatus(error) };
  }
}

async function changeQuantity(context: ShopperContext, cart: Cart, form: FormData): Promise<FormResult> {
  const line = cart.items?.find((item) => item.id === textOf(form, "line_id"));
  if (!line) return failed("cart", "This item is no longer in your cart.");
  const formId: FormId = `line-${line.id}`;
  const read = readLineQuantityForm(form);
  if (!read.ok) return failed(formId, read.message);
  const { quantity } = read.values;
  try {
    if (quantity > line.quantity && line.product_id && line.variant_id) {
      const variant = (await stockOfProducts([line.product_id])).get(line.variant_id);
      const problem = variant && quantityProblem(variant, quantity);
      if (problem) return failed(formId, `${problem}.`, 409);
    }
    await changeLineQuantity(context, cart, line.id, quantity);
  } catch (error) {
    return backendFailure(formId, error);
  }
  return { ok: true, notice: quantity === 0 ? `Removed ${line.product_title ?? line.title} from your cart.` : "Your cart has been updated." };
}

/** Tries the code as typed, then in capitals; stops at the first spelling Medusa knows. */
async function applyPromo(context: ShopperContext, cart: Cart, form: FormData): Promise<FormResult> {
  const input = readPromoInput(form.get("promo_code"));
  if (!input.ok) return failed("promo", input.message);
  let refusal: string | undefined;
  for (const code of promoCodeSpellings(input.code)) {
    try {
      const updated = await addPromoCode(context, cart, code);
      const outcome = promoOutcome(code, updated.promotions);
      return outcome.kind === "applied"
        ? { ok: true, notice: `${outcome.code} has been applied.` }
        : failed("promo", outcome.message, 422);
    } catch (error) {
      const message = refusalMessage(error);
      if (!message) return backendFailure("promo", error);
      refusal ??= message;
    }
  }
  return failed("promo", promoRefusal(input.code, refusal), 422);
}

async function removePromo(context: ShopperContext, cart: Cart, form: FormData): Promise<FormResult> {
  const code = textOf(form, "promo_code");
  try {
    await removePromoCode(context, cart, code);
  } catch (error) {
    return backendFailure("promo", error);
  }
  return { ok: true, notice: `${code} has been removed.` };
}

const HANDLERS = {
  "change-quantity": changeQuantity,
  "apply-promo": applyPromo,
  "remove-promo": removePromo,
} as const;

export type CartIntent = keyof typeof HANDLERS;

export function isCartIntent(intent: string): intent is CartIntent {
  return Object.hasOwn(HANDLERS, intent);
}

/** Handles a form posted to the cart or checkout page, by its `intent` field. */
export async function handleCartForm(context: ShopperContext, cart: Cart, form: FormData): Promise<FormResult> {
  const intent = textOf(form, "intent");
  if (!isCartIntent(intent)) return failed("cart", "Sorry, that didn't work. Please try again.");
  return HANDLERS[intent](context, cart, form);
}
