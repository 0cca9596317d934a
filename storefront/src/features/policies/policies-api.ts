/** The shop-content plugin's Store API routes, called from the storefront server. */
import type { AstroCookies } from "astro";
import { isNotFoundError } from "../../lib/backend-errors";
import { medusa } from "../../lib/medusa";
import { customerHeaders } from "../../lib/shopper-cookies";
import type { ContactValues } from "./contact-form";
import type { DeliveryPolicyRegion, DocumentSlug, ShopDocument } from "./policy-types";
import { withAcceptedTerms } from "./terms-acceptance";

/** The version in force, or null while the shop has not published one. */
export async function getShopDocument(slug: DocumentSlug): Promise<ShopDocument | null> {
  try {
    const { document } = await medusa().client.fetch<{ document: ShopDocument }>(`/store/shop-content/${slug}`);
    return document;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

export async function getDeliveryPolicy(): Promise<DeliveryPolicyRegion[]> {
  const { regions } = await medusa().client.fetch<{ regions: DeliveryPolicyRegion[] }>("/store/delivery-policy");
  return regions;
}

/** Signed in or not: a signed-in shopper's message is linked to their account. */
export async function sendContactMessage(cookies: AstroCookies, values: ContactValues, clientAddress: string | undefined): Promise<void> {
  await medusa().client.fetch("/store/contact-messages", {
    method: "POST",
    body: values,
    // The backend's rate limit counts per shopper, as it does for sign-in.
    headers: { ...customerHeaders(cookies), ...(clientAddress ? { "x-forwarded-for": clientAddress } : {}) },
  });
}

/** Records on the cart the terms version the shopper accepted, keeping its other metadata. */
export async function saveAcceptedTerms(cookies: AstroCookies, cartId: string, version: number): Promise<void> {
  const headers = customerHeaders(cookies);
  const { cart } = await medusa().store.cart.retrieve(cartId, { fields: "id,metadata" }, headers);
  await medusa().store.cart.update(cartId, { metadata: withAcceptedTerms(cart.metadata, version) }, { fields: "id" }, headers);
}

/** The shopper's data as the backend exports it (JSON text, passed on as a download). */
export async function exportMyData(cookies: AstroCookies): Promise<unknown> {
  return medusa().client.fetch("/store/customers/me/data-export", { headers: customerHeaders(cookies) });
}

export async function deleteMyAccount(cookies: AstroCookies, confirmEmail: string): Promise<void> {
  await medusa().client.fetch("/store/customers/me/account-deletion", {
    method: "POST",
    body: { confirm_email: confirmEmail },
    headers: customerHeaders(cookies),
  });
}
