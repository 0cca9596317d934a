/**
 * Who a personal row is for, as the backend wants it: the signed-in
 * customer's bearer token, else the visitor's cookie id — only while they
 * consent, since that id names their stored views and add-to-carts.
 */
import type { AstroCookies } from "astro";
import { customerHeaders } from "../../lib/shopper-cookies";
import { CONSENT_COOKIE, hasConsent, VISITOR_COOKIE } from "./signal-batch";

export interface Shopper {
  headers: Record<string, string>;
  anonymousId?: string;
}

const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function shopperFrom(headers: Record<string, string>, consent: string | undefined, visitor: string | undefined): Shopper {
  if (headers.authorization) return { headers };
  const anonymousId = hasConsent(consent) && visitor && VISITOR_ID.test(visitor) ? visitor : undefined;
  return { headers, anonymousId };
}

export function shopperOf(cookies: AstroCookies): Shopper {
  return shopperFrom(customerHeaders(cookies), cookies.get(CONSENT_COOKIE)?.value, cookies.get(VISITOR_COOKIE)?.value);
}
