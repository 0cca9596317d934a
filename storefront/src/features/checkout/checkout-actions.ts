/**
 * What each checkout step's form does. A step that succeeds answers with the cart as
 * Medusa left it (the page then redirects to the next open step); one that fails
 * answers with what to show in the form: each field's problem, or a message for the
 * whole form (the backend's 4xx message, a declined payment…).
 */
import { statusOf } from "../../lib/backend-errors";
import { forgetCart } from "../../lib/shopper-cookies";
import type { FieldErrors } from "../account/forms/form-values";
import { textOf } from "../account/forms/form-values";
import { shopperMessage } from "../cart/backend-message";
import type { Cart, ShopperContext } from "../cart/cart-api";
import {
  completeCart,
  regionCountries,
  saveAddress,
  saveDeliveryMethod,
  saveEmail,
  startPaymentSession,
} from "./checkout-api";
import { readCheckoutAddress, readEmailForm } from "./checkout-forms";
import type { StepId } from "./checkout-steps";
import type { PaymentMethod } from "./payment-method";
import { placeOrder } from "./place-order";
import { rememberPlacedOrder } from "./placed-order";

export interface StepFailure {
  step: StepId;
  status: number;
  errors: FieldErrors<string>;
  /** For the whole form, shown at its top. */
  alert?: string;
}

type Failed = { kind: "failed"; failure: StepFailure };

export type StepResult = { kind: "saved"; cart?: Cart } | Failed;

export type PlaceOrderResult = { kind: "placed"; orderId: string } | Failed;

const fieldProblems = (step: StepId, errors: FieldErrors<string>): Failed => ({
  kind: "failed",
  failure: { step, status: 400, errors },
});

const formProblem = (step: StepId, alert: string, status: number): Failed => ({
  kind: "failed",
  failure: { step, status, errors: {}, alert },
});

/** Runs a Medusa call for a step; a refusal or an outage becomes the step's message. */
async function saving(step: StepId, save: () => Promise<Cart | void>): Promise<StepResult> {
  try {
    const cart = await save();
    return cart ? { kind: "saved", cart } : { kind: "saved" };
  } catch (error) {
    const status = statusOf(error);
    return formProblem(step, shopperMessage(error), status !== undefined && status < 500 ? status : 503);
  }
}

export interface StepContext extends ShopperContext {
  cart: Cart;
  paymentMethod: PaymentMethod | undefined;
}

async function emailStep({ cookies, cart }: StepContext, form: FormData): Promise<StepResult> {
  const read = readEmailForm(form);
  if (!read.ok) return fieldProblems("email", read.errors);
  return saving("email", () => saveEmail(cookies, cart, read.values.email));
}

async function addressStep({ cookies, cart }: StepContext, form: FormData): Promise<StepResult> {
  const read = readCheckoutAddress(form, regionCountries(cart).map((country) => country.code));
  if (!read.ok) return fieldProblems("address", read.errors);
  return saving("address", () => saveAddress(cookies, cart, read.values));
}

/** Medusa itself refuses an option that does not suit the cart, with a message to show. */
async function deliveryStep({ cookies, cart }: StepContext, form: FormData): Promise<StepResult> {
  const optionId = textOf(form, "option_id");
  if (!optionId) return fieldProblems("delivery", { option_id: "Choose how you would like to receive your order" });
  return saving("delivery", () => saveDeliveryMethod(cookies, cart, optionId));
}

async function paymentStep({ cookies, cart, paymentMethod }: StepContext): Promise<StepResult> {
  if (!paymentMethod) return formProblem("payment", "Sorry, we can't take payments for your region right now.", 409);
  return saving("payment", () => startPaymentSession(cookies, cart, paymentMethod.providerId));
}

/**
 * Places the order of the cart with this id. Safe to repeat: a second click, or a retry
 * after a lost answer, finds the same order. Takes the id rather than the open cart
 * because a repeated request arrives after the first has completed the cart.
 */
export async function placeCartOrder({ cookies, url }: ShopperContext, cartId: string): Promise<PlaceOrderResult> {
  const outcome = await placeOrder(() => completeCart(cookies, cartId));
  switch (outcome.kind) {
    case "placed":
      forgetCart(cookies);
      rememberPlacedOrder(cookies, url, outcome.orderId, cartId);
      return { kind: "placed", orderId: outcome.orderId };
    case "still-processing":
      return formProblem(
        "review",
        "Your order is still being placed. Please wait a moment, then press “Place order” again to see it. You will not be charged twice.",
        202,
      );
    case "payment-failed":
      return formProblem("payment", `Your payment was not accepted: ${outcome.message} Please try again.`, 402);
    case "unpaid":
      return formProblem("payment", outcome.message, 402);
    case "refused":
      return formProblem("review", `We couldn't place your order: ${outcome.message}`, 409);
    case "unavailable":
      return formProblem("review", outcome.message, 503);
  }
}

const STEP_HANDLERS: Record<string, (context: StepContext, form: FormData) => Promise<StepResult>> = {
  email: emailStep,
  address: addressStep,
  delivery: deliveryStep,
  payment: paymentStep,
};

export function handleStepForm(context: StepContext, form: FormData): Promise<StepResult> {
  const handler = STEP_HANDLERS[textOf(form, "intent")];
  return handler ? handler(context, form) : Promise.resolve(formProblem("review", "Sorry, that didn't work. Please try again.", 400));
}
