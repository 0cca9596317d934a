/**
 * The checkout page's work before any HTML is sent. A posted step is saved and the
 * shopper redirected to the next open step (303, so a refresh posts nothing again); a
 * refused one re-renders the page with the step open and its problems shown. Works the
 * same with and without JavaScript.
 */
import { STRIPE_PUBLISHABLE_KEY } from "astro:env/server";
import { readCartId } from "../../lib/shopper-cookies";
import { postedForm } from "../account/forms/form-state";
import { textOf } from "../account/forms/form-values";
import { isCartIntent } from "../cart/cart-actions";
import { currentCart, type Cart } from "../cart/cart-api";
import { markPrivate, runCartForm, type FormError, type PageContext } from "../cart/cart-page";
import { takeFlash, type Flash } from "../cart/flash";
import { loadPageShell, type PageShell } from "../layout/page-shell";
import { handleStepForm, placeCartOrder, type StepFailure } from "./checkout-actions";
import { listDeliveryOptions, listPaymentProviderIds, regionCountries, type Country } from "./checkout-api";
import { openStep, stepsDone, usablePaymentSession, type StepId, type StepsDone } from "./checkout-steps";
import { groupDeliveryOptions, type DeliveryGroups } from "./delivery-options";
import { choosePaymentMethod, stripeClientSecret, type PaymentMethod } from "./payment-method";
import { availabilityForCart, type StoreAvailability } from "../pickup/pickup-store-api";
import { getShopDocument, saveAcceptedTerms } from "../policies/policies-api";
import type { ShopDocument } from "../policies/policy-types";
import { readTermsAcceptance, TERMS_FIELD } from "../policies/terms-acceptance";

export interface StripeCheckout {
  publishableKey: string;
  clientSecret: string;
  /** Where Stripe sends the shopper back after a bank's own page (3-D Secure, redirects). */
  returnUrl: string;
}

export interface CheckoutView {
  shell: PageShell;
  cart: Cart;
  countries: Country[];
  done: StepsDone;
  open: StepId;
  paymentMethod: PaymentMethod | undefined;
  /** Loaded only while the delivery step is open. */
  delivery: DeliveryGroups | undefined;
  /** Set on the review step when paying by card. */
  stripe: StripeCheckout | undefined;
  /** The terms of sale to accept, on the review step (null while none is published). */
  terms: ShopDocument | null;
  failure: StepFailure | undefined;
  /** What the shopper typed in the form that failed, to fill it in again. */
  typed: Record<string, string>;
  promoError: FormError | undefined;
  flash: Flash | undefined;
}

/** `?payment=failed`: set by the Stripe return route when the bank refused. */
const PAYMENT_FAILED: StepFailure = {
  step: "payment",
  status: 200,
  errors: {},
  alert: "Your payment was not completed. Please try again or use another card.",
};

/** Stores' availability for the cart; without it the stores are listed unmarked (the backend still refuses). */
async function storesForCart(cartId: string): Promise<StoreAvailability[]> {
  try {
    return await availabilityForCart(cartId);
  } catch (error) {
    console.warn("Pickup availability unavailable:", error instanceof Error ? error.message : error);
    return [];
  }
}

async function loadDeliveryGroups(context: PageContext, cart: Cart): Promise<DeliveryGroups> {
  const [options, stores] = await Promise.all([listDeliveryOptions(context.cookies, cart), storesForCart(cart.id)]);
  return groupDeliveryOptions(options, stores);
}

function typedValues(form: FormData | undefined): Record<string, string> {
  if (!form) return {};
  return Object.fromEntries([...form.keys()].map((name) => [name, textOf(form, name)]));
}

/**
 * Placing the order comes before the cart is read: a double click's second request
 * finds the cart already completed, and must still lead to the order.
 */
async function placeOrderFirst(context: PageContext, form: FormData): Promise<Response | StepFailure | undefined> {
  const cartId = readCartId(context.cookies);
  if (!cartId) return context.redirect("/cart", 303);
  const terms = readTermsAcceptance(form);
  if (terms.kind === "refused") return { step: "review", status: 400, errors: { [TERMS_FIELD]: terms.message }, alert: terms.message };
  if (terms.kind === "accepted") {
    // A repeated click finds the cart completed and the update refused: the completion answers with the order.
    await saveAcceptedTerms(context.cookies, cartId, terms.version).catch(() => undefined);
  }
  const result = await placeCartOrder(context, cartId);
  return result.kind === "placed" ? context.redirect(`/order/confirmed/${result.orderId}`, 303) : result.failure;
}

interface Posted {
  failure?: StepFailure;
  promoError?: FormError;
}

/** A step or a promo code form: a redirect when it worked, otherwise what to show. */
async function handlePostedForm(
  context: PageContext,
  cart: Cart,
  form: FormData,
  paymentMethod: PaymentMethod | undefined,
  stepsOf: (cart: Cart) => StepsDone,
): Promise<Response | Posted> {
  if (isCartIntent(textOf(form, "intent"))) {
    const outcome = await runCartForm(context, cart, form, "/checkout");
    return outcome instanceof Response ? outcome : { promoError: outcome };
  }
  // Astro's context keeps `cookies` and `url` on getters, which a spread would not copy.
  const result = await handleStepForm({ cookies: context.cookies, url: context.url, cart, paymentMethod }, form);
  if (result.kind === "failed") return { failure: result.failure };
  const next = result.cart ? openStep(stepsOf(result.cart)) : "review";
  return context.redirect(`/checkout#step-${next}`, 303);
}

export async function loadCheckoutPage(context: PageContext): Promise<CheckoutView | Response> {
  markPrivate(context);
  const form = await postedForm(context.request);
  const placingOrder = form !== undefined && textOf(form, "intent") === "place-order";
  const placed = placingOrder ? await placeOrderFirst(context, form) : undefined;
  if (placed instanceof Response) return placed;

  const shell = await loadPageShell(context);
  let cart = await currentCart(context, shell.region);
  if (!cart?.items?.length) return context.redirect("/cart", 303);
  const paymentMethod = choosePaymentMethod(await listPaymentProviderIds(cart.region_id!), STRIPE_PUBLISHABLE_KEY);
  const countryCodes = regionCountries(cart).map((country) => country.code);
  const stepsOf = (state: Cart) => stepsDone(state, countryCodes, paymentMethod?.providerId);

  let posted: Posted = { ...(placed ? { failure: placed } : {}) };
  if (form && !placingOrder) {
    const outcome = await handlePostedForm(context, cart, form, paymentMethod, stepsOf);
    if (outcome instanceof Response) return outcome;
    posted = outcome;
    cart = await currentCart(context, shell.region);
    if (!cart) return context.redirect("/cart", 303);
  }
  const failure = posted.failure ?? (context.url.searchParams.get("payment") === "failed" ? PAYMENT_FAILED : undefined);
  if (failure) context.response.status = failure.status;

  const done = stepsOf(cart);
  const open = openStep(done, failure?.step ?? context.url.searchParams.get("step"));
  const clientSecret = stripeClientSecret(usablePaymentSession(cart, paymentMethod?.providerId));
  return {
    shell,
    cart,
    countries: regionCountries(cart),
    done,
    open,
    paymentMethod,
    delivery: open === "delivery" ? await loadDeliveryGroups(context, cart) : undefined,
    stripe:
      open === "review" && paymentMethod?.kind === "stripe" && clientSecret
        ? { publishableKey: paymentMethod.publishableKey, clientSecret, returnUrl: new URL("/checkout/return", context.url).href }
        : undefined,
    failure,
    terms: open === "review" ? await getShopDocument("terms") : null,
    typed: typedValues(form),
    promoError: posted.promoError,
    flash: takeFlash(context.cookies),
  };
}
