/**
 * The signed-in shopper, read from the httpOnly `customer_token` cookie on every request.
 * The token is sent per request; nothing about the customer lives in the shared client.
 */
import type { AstroCookies } from "astro";
import type { HttpTypes } from "@medusajs/types";
import { statusOf } from "../../../lib/backend-errors";
import { medusa } from "../../../lib/medusa";
import {
  customerHeaders,
  forgetCart,
  forgetCustomerToken,
  rememberCustomerToken,
} from "../../../lib/shopper-cookies";
import { signInHref } from "../return-to";
import { handOverGuestCart } from "./cart-handover";
import { handOverVisitorSignals } from "../../recommendations/recommendations-api";
import { shopperFrom } from "../../recommendations/shopper";
import { CONSENT_COOKIE, VISITOR_COOKIE } from "../../recommendations/signal-batch";

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone";

export interface SignedIn {
  customer: HttpTypes.StoreCustomer;
  /** For Store API calls made on the customer's behalf. */
  headers: Record<string, string>;
}

interface RequestContext {
  cookies: AstroCookies;
  url: URL;
}

/**
 * The customer behind the cookie, or undefined when signed out. A token the backend no
 * longer accepts (expired after a day, forged, or its customer deleted) is forgotten, so
 * the shopper is simply signed out. A backend outage still throws: that is the error page.
 */
export async function currentCustomer(cookies: AstroCookies): Promise<SignedIn | undefined> {
  const headers = customerHeaders(cookies);
  if (!headers.authorization) return undefined;
  try {
    const { customer } = await medusa().store.customer.retrieve({ fields: CUSTOMER_FIELDS }, headers);
    return { customer, headers };
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403 || status === 404) {
      forgetCustomerToken(cookies);
      return undefined;
    }
    throw error;
  }
}

/** For pages under /account: the customer, or a redirect to sign in and come back here. */
export async function requireCustomer({ cookies, url }: RequestContext): Promise<SignedIn | Response> {
  const signedIn = await currentCustomer(cookies);
  if (signedIn) return signedIn;
  return new Response(null, { status: 303, headers: { location: signInHref(url.pathname + url.search) } });
}

/** Remembers the new token and gives the guest's cart (and, with consent, their browsing signals) to the customer. */
export async function startSession({ cookies, url }: RequestContext, token: string): Promise<void> {
  rememberCustomerToken(cookies, url, token);
  const visitor = shopperFrom({}, cookies.get(CONSENT_COOKIE)?.value, cookies.get(VISITOR_COOKIE)?.value).anonymousId;
  await Promise.all([handOverGuestCart(cookies, token), handOverVisitorSignals(visitor, token)]);
}

/**
 * Signing out also forgets the cart: it now belongs to the customer, and on a shared
 * computer the next shopper must not see it (or the address on it).
 */
export function endSession(cookies: AstroCookies): void {
  forgetCustomerToken(cookies);
  forgetCart(cookies);
}
