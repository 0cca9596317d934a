/**
 * The checkout is one page of steps. Which steps are done is read from the cart itself
 * (Medusa drops a delivery method or a payment session when the cart changes under it),
 * so the page never trusts a step the shopper merely claims to have finished.
 */
import type { HttpTypes } from "@medusajs/types";
import { postcodeProblem } from "../account/forms/postcode";

export const CHECKOUT_STEPS = [
  { id: "email", title: "Email" },
  { id: "address", title: "Shipping address" },
  { id: "delivery", title: "Delivery" },
  { id: "payment", title: "Payment" },
  { id: "review", title: "Review and place order" },
] as const;

export type StepId = (typeof CHECKOUT_STEPS)[number]["id"];

export type StepsDone = Record<StepId, boolean>;

type CartForSteps = Pick<HttpTypes.StoreCart, "email" | "shipping_address" | "shipping_methods" | "payment_collection">;

/** Medusa keeps a session usable for completion in these states. */
const USABLE_SESSION_STATUSES = new Set(["pending", "requires_more", "authorized"]);

/**
 * Complete enough to deliver to, in a country of the cart's region. Changing region moves
 * the address to the new region's country but keeps the old street and postcode, which
 * this catches.
 */
export function isDeliverableAddress(
  address: HttpTypes.StoreCartAddress | null | undefined,
  countryCodes: readonly string[],
): boolean {
  if (!address) return false;
  const { first_name, last_name, address_1, city, postal_code, country_code } = address;
  if (![first_name, last_name, address_1, city, postal_code, country_code].every(Boolean)) return false;
  const country = country_code!.toLowerCase();
  return countryCodes.includes(country) && postcodeProblem(postal_code!, country) === undefined;
}

/** The session the order can be paid with; with `providerId`, only one of that provider. */
export function usablePaymentSession(cart: Pick<HttpTypes.StoreCart, "payment_collection">, providerId?: string) {
  return cart.payment_collection?.payment_sessions?.find(
    (session) => USABLE_SESSION_STATUSES.has(session.status) && (!providerId || session.provider_id === providerId),
  );
}

/** `providerId`: the way of paying the page offers; a session of another provider does not count. */
export function stepsDone(cart: CartForSteps, countryCodes: readonly string[], providerId?: string): StepsDone {
  return {
    email: Boolean(cart.email),
    address: isDeliverableAddress(cart.shipping_address, countryCodes),
    delivery: (cart.shipping_methods?.length ?? 0) > 0,
    payment: usablePaymentSession(cart, providerId) !== undefined,
    review: false,
  };
}

function isStepId(value: unknown): value is StepId {
  return CHECKOUT_STEPS.some((step) => step.id === value);
}

/**
 * The first step not done yet, or an earlier one the shopper asked to change
 * (`?step=address`). A later step cannot be opened before the ones it needs.
 */
export function openStep(done: StepsDone, requested?: unknown): StepId {
  const firstUndone = CHECKOUT_STEPS.find((step) => !done[step.id])?.id ?? "review";
  if (!isStepId(requested)) return firstUndone;
  const order = CHECKOUT_STEPS.map((step) => step.id);
  return order.indexOf(requested) < order.indexOf(firstUndone) ? requested : firstUndone;
}
