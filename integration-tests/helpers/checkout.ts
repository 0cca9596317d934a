/**
 * Checkout through the Store API, in the order a storefront calls it.
 */
import type { Shop } from "./fixtures"

export type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any; headers: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any; headers: any }>
  delete: (url: string, config?: unknown) => Promise<{ status: number; data: any; headers: any }>
}

export type Answer = { status: number; data: any; headers: Record<string, string> }

/** The HTTP answer whether it is a success or an error status (axios throws on 4xx/5xx). */
export async function answer(request: Promise<{ status: number; data: any; headers: any }>): Promise<Answer> {
  try {
    const { status, data, headers } = await request
    return { status, data, headers }
  } catch (error: any) {
    if (!error.response) throw error
    const { status, data, headers } = error.response
    return { status, data, headers }
  }
}

export const SHIPPING_ADDRESS = {
  first_name: "Camille",
  last_name: "Martin",
  address_1: "12 rue de la Paix",
  city: "Lyon",
  postal_code: "69001",
  country_code: "fr",
}

export async function createCart(api: Api, shop: Shop, items: { variant_id: string; quantity: number }[]): Promise<string> {
  const { data } = await api.post("/store/carts", { region_id: shop.regionId }, shop.store)
  const cartId = data.cart.id
  for (const item of items) {
    await api.post(`/store/carts/${cartId}/line-items`, item, shop.store)
  }
  return cartId
}

/** Email, address and the shop's standard delivery; returns the cart. */
export async function addAddressAndDelivery(api: Api, shop: Shop, cartId: string, email = "shopper@fairmade.test") {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS }, shop.store)
  const { data } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.shippingOptionId }, shop.store)
  return data.cart
}

/** Address, delivery and a system-provider payment session. */
export async function prepareForCompletion(api: Api, shop: Shop, cartId: string, email = "shopper@fairmade.test") {
  await addAddressAndDelivery(api, shop, cartId, email)
  const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
  await api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, shop.store)
}

export async function cartReadyToComplete(
  api: Api,
  shop: Shop,
  items: { variant_id: string; quantity: number }[],
  email?: string,
) {
  const cartId = await createCart(api, shop, items)
  await prepareForCompletion(api, shop, cartId, email)
  return cartId
}

export const completeCart = (api: Api, shop: Shop, cartId: string) =>
  answer(api.post(`/store/carts/${cartId}/complete`, {}, shop.store))
