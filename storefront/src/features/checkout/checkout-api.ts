/** The checkout's calls to the Medusa Store API, each on behalf of the shopper's cart. */
import type { AstroCookies } from "astro";
import type { HttpTypes } from "@medusajs/types";
import { medusa } from "../../lib/medusa";
import { customerHeaders } from "../../lib/shopper-cookies";
import type { Cart } from "../cart/cart-api";
import type { CheckoutAddress } from "./checkout-forms";
import { COMPLETED_ORDER_FIELDS, type CompletionAnswer } from "./place-order";
import { orderAccessHeaders } from "./placed-order";

/** The answer carries the cart; only what the next step needs is asked for. */
const STEP_ANSWER = { fields: "id,email,*shipping_address,*shipping_methods,*payment_collection.payment_sessions" };

/** Price, the fulfillment set's type (pickup or shipping) and the option type's description. */
const DELIVERY_OPTION_FIELDS = "id,name,amount,price_type,+service_zone.fulfillment_set.type,type.description";

export interface Country {
  code: string;
  name: string;
}

/** The countries of the cart's region: the only ones Medusa accepts for its address. */
export function regionCountries(cart: Pick<Cart, "region">): Country[] {
  return (cart.region?.countries ?? [])
    .flatMap((country) => (country.iso_2 ? [{ code: country.iso_2, name: country.display_name ?? country.iso_2.toUpperCase() }] : []))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveEmail(cookies: AstroCookies, cart: Cart, email: string): Promise<Cart> {
  return (await medusa().store.cart.update(cart.id, { email }, STEP_ANSWER, customerHeaders(cookies))).cart;
}

/** The billing address is the delivery address: one form for the shopper to fill in. */
export async function saveAddress(cookies: AstroCookies, cart: Cart, address: CheckoutAddress): Promise<Cart> {
  const body = { shipping_address: address, billing_address: address };
  return (await medusa().store.cart.update(cart.id, body, STEP_ANSWER, customerHeaders(cookies))).cart;
}

export async function listDeliveryOptions(cookies: AstroCookies, cart: Cart): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions(
    { cart_id: cart.id, fields: DELIVERY_OPTION_FIELDS } as HttpTypes.StoreGetShippingOptionList,
    customerHeaders(cookies),
  );
  return shipping_options;
}

export async function saveDeliveryMethod(cookies: AstroCookies, cart: Cart, optionId: string): Promise<Cart> {
  const headers = customerHeaders(cookies);
  return (await medusa().store.cart.addShippingMethod(cart.id, { option_id: optionId }, STEP_ANSWER, headers)).cart;
}

export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await medusa().store.payment.listPaymentProviders({ region_id: regionId, limit: 50 });
  return payment_providers.map((provider) => provider.id);
}

/** A fresh payment session for the cart's current total (Medusa replaces any older one). */
export async function startPaymentSession(cookies: AstroCookies, cart: Cart, providerId: string): Promise<void> {
  await medusa().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, { fields: "id" }, customerHeaders(cookies));
}

export async function completeCart(cookies: AstroCookies, cartId: string): Promise<CompletionAnswer> {
  return medusa().store.cart.complete(cartId, { fields: COMPLETED_ORDER_FIELDS }, customerHeaders(cookies));
}

const ORDER_FIELDS =
  "id,display_id,email,currency_code,total,item_total,original_item_total,discount_total,shipping_total," +
  "original_shipping_total,tax_total,*items,*shipping_address,*shipping_methods";

export async function retrieveOrder(cookies: AstroCookies, orderId: string): Promise<HttpTypes.StoreOrder> {
  return (await medusa().store.order.retrieve(orderId, { fields: ORDER_FIELDS }, orderAccessHeaders(cookies, orderId))).order;
}
