/**
 * The shopper's cart in the Medusa Store API. The cart id lives in the httpOnly
 * `cart_id` cookie; calls carry the customer's token when one is signed in, so their
 * cart is theirs in Medusa too.
 */
import type { AstroCookies } from "astro";
import type { HttpTypes } from "@medusajs/types";
import { isNotFoundError } from "../../lib/backend-errors";
import { medusa } from "../../lib/medusa";
import { customerHeaders, forgetCart, readCartId, rememberCart } from "../../lib/shopper-cookies";
import type { StockedVariant } from "./stock-check";

/** Medusa's default cart fields, plus line totals, the delivery method's name and Stripe's session data. */
const CART_FIELDS = "+items.total,+items.original_total,+shipping_methods.name,+payment_collection.payment_sessions.data";

export type Cart = HttpTypes.StoreCart;

export interface ShopperContext {
  cookies: AstroCookies;
  url: URL;
}

type Region = Pick<HttpTypes.StoreRegion, "id">;

const query = { fields: CART_FIELDS };

/**
 * The shopper's open cart, moved to `region` when they changed region since (Medusa
 * then reprices it). A cart that is gone or already became an order is forgotten.
 */
export async function currentCart({ cookies }: ShopperContext, region?: Region): Promise<Cart | undefined> {
  const cartId = readCartId(cookies);
  if (!cartId) return undefined;
  const headers = customerHeaders(cookies);
  let cart: Cart;
  try {
    ({ cart } = await medusa().store.cart.retrieve(cartId, query, headers));
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
    forgetCart(cookies);
    return undefined;
  }
  if (cart.completed_at) {
    forgetCart(cookies);
    return undefined;
  }
  if (region && cart.region_id !== region.id) {
    ({ cart } = await medusa().store.cart.update(cart.id, { region_id: region.id }, query, headers));
  }
  return cart;
}

/** A new cart in `region` with its first items (one call instead of two), remembered in the cookie. */
export async function createCart(
  context: ShopperContext,
  region: Region,
  items: { variant_id: string; quantity: number }[],
): Promise<Cart> {
  const body = { region_id: region.id, items };
  const { cart } = await medusa().store.cart.create(body, query, customerHeaders(context.cookies));
  rememberCart(context.cookies, context.url, cart.id);
  return cart;
}

/** Total quantity in the cart, for the header; 0 without a cart. Changes nothing. */
export async function cartItemCount(cookies: AstroCookies): Promise<number> {
  const cartId = readCartId(cookies);
  if (!cartId) return 0;
  const { cart } = await medusa().store.cart.retrieve(
    cartId,
    { fields: "completed_at,items.quantity" },
    customerHeaders(cookies),
  );
  if (cart.completed_at) return 0;
  return quantityInCart(cart);
}

/** Units in the cart, of one variant or of all. */
export function quantityInCart(cart: Pick<Cart, "items">, variantId?: string): number {
  return (cart.items ?? [])
    .filter((item) => variantId === undefined || item.variant_id === variantId)
    .reduce((sum, item) => sum + item.quantity, 0);
}

export async function addLineItem(context: ShopperContext, cart: Cart, variantId: string, quantity: number) {
  const headers = customerHeaders(context.cookies);
  return (await medusa().store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, query, headers)).cart;
}

export async function changeLineQuantity(context: ShopperContext, cart: Cart, lineId: string, quantity: number) {
  const headers = customerHeaders(context.cookies);
  if (quantity === 0) {
    await medusa().store.cart.deleteLineItem(cart.id, lineId, {}, headers);
    return;
  }
  await medusa().store.cart.updateLineItem(cart.id, lineId, { quantity }, { fields: "id" }, headers);
}

export async function addPromoCode(context: ShopperContext, cart: Cart, code: string): Promise<Cart> {
  const headers = customerHeaders(context.cookies);
  return (await medusa().store.cart.addPromotions(cart.id, { promo_codes: [code] }, query, headers)).cart;
}

export async function removePromoCode(context: ShopperContext, cart: Cart, code: string): Promise<void> {
  const headers = customerHeaders(context.cookies);
  await medusa().store.cart.removePromotions(cart.id, { promo_codes: [code] }, { fields: "id" }, headers);
}

export interface VariantStock extends StockedVariant {
  id: string;
  productTitle: string;
}

/** Stock of every variant of these products, by variant id (the cart cannot return it). */
export async function stockOfProducts(productIds: readonly string[]): Promise<Map<string, VariantStock>> {
  const ids = [...new Set(productIds)];
  if (ids.length === 0) return new Map();
  const { products } = await medusa().store.product.list({
    id: ids,
    fields: "id,title,variants.id,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder",
    limit: ids.length,
  });
  return new Map(
    products.flatMap((product) =>
      (product.variants ?? []).map((variant) => [variant.id, { ...variant, productTitle: product.title }] as const),
    ),
  );
}
