/**
 * The Store API as a storefront calls it, for browser tests that need data (a customer,
 * a guest cart, an order) without going through pages built and tested elsewhere.
 */
import { SHIPPING_ADDRESS } from "./checkout"
import { asNewClient } from "./client-ip"

export type StoreApi = {
  backendUrl: string
  publishableKey: string
}

type Options = { body?: unknown; token?: string; headers?: Record<string, string> }

async function call<T = any>(api: StoreApi, method: "GET" | "POST", path: string, { body, token, headers }: Options = {}): Promise<T> {
  const response = await fetch(new URL(path, api.backendUrl), {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": api.publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(data)}`)
  return data as T
}

/**
 * A customer account made the way a storefront makes one: login first, then the customer.
 * From an address of its own, so it leaves the registration limit of 127.0.0.1, where the
 * browser's requests come from, to the tests that register in the browser.
 */
export async function registerCustomer(api: StoreApi, customer: { email: string; password: string; first_name: string; last_name: string }) {
  const { email, password, ...names } = customer
  const { token } = await call(api, "POST", "/auth/customer/emailpass/register", { body: { email, password }, ...asNewClient() })
  await call(api, "POST", "/store/customers", { body: { email, ...names }, token })
}

export async function europeRegionId(api: StoreApi): Promise<string> {
  const { regions } = await call(api, "GET", "/store/regions?fields=id,name")
  const europe = regions.find((region: any) => region.name === "Europe")
  if (!europe) throw new Error("The seed has no 'Europe' region")
  return europe.id
}

async function inStockVariantId(api: StoreApi, regionId: string): Promise<string> {
  const { products } = await call(
    api,
    "GET",
    `/store/products?region_id=${regionId}&limit=50&fields=id,variants.id,+variants.inventory_quantity,+variants.manage_inventory`,
  )
  const variants = products.flatMap((product: any) => product.variants ?? [])
  const variant = variants.find((candidate: any) => candidate.manage_inventory === false || candidate.inventory_quantity > 2)
  if (!variant) throw new Error("No variant in stock among the first 50 products")
  return variant.id
}

/** A cart with one in-stock item; with a token it is the customer's, without one a guest's. */
export async function createCartWithItem(api: StoreApi, token?: string): Promise<string> {
  const regionId = await europeRegionId(api)
  const { cart } = await call(api, "POST", "/store/carts", { body: { region_id: regionId }, token })
  await call(api, "POST", `/store/carts/${cart.id}/line-items`, { body: { variant_id: await inStockVariantId(api, regionId), quantity: 1 }, token })
  return cart.id
}

/** The cart's e-mail and the e-mail of the customer it belongs to (null for a guest's cart). */
export async function retrieveCart(api: StoreApi, cartId: string) {
  const { cart } = await call(api, "GET", `/store/carts/${cartId}?fields=id,email,customer.id,customer.email`)
  return { email: cart.email as string | null, customerEmail: (cart.customer?.email ?? null) as string | null }
}

/** One item in the Europe region, "Standard delivery" to Lyon, paid with the system provider. */
export async function placeOrderAsCustomer(api: StoreApi, token: string, email: string): Promise<{ id: string; display_id: number }> {
  const cartId = await createCartWithItem(api, token)
  // Once the shop has published terms of sale (shop-content), the cart must carry the version accepted.
  const terms = await call(api, "GET", "/store/shop-content/terms").catch(() => null)
  const metadata = terms?.document ? { terms_version: terms.document.version } : {}
  await call(api, "POST", `/store/carts/${cartId}`, { body: { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS, metadata }, token })

  const { shipping_options } = await call(api, "GET", `/store/shipping-options?cart_id=${cartId}`, { token })
  const standard = shipping_options.find((option: any) => option.name === "Standard delivery")
  if (!standard) throw new Error(`No "Standard delivery" for the cart; options: ${shipping_options.map((o: any) => o.name)}`)
  await call(api, "POST", `/store/carts/${cartId}/shipping-methods`, { body: { option_id: standard.id }, token })

  const { payment_collection } = await call(api, "POST", "/store/payment-collections", { body: { cart_id: cartId }, token })
  await call(api, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" }, token })

  const completed = await call(api, "POST", `/store/carts/${cartId}/complete`, { token })
  if (completed.type !== "order") throw new Error(`The cart did not become an order: ${JSON.stringify(completed.error ?? completed)}`)
  return completed.order
}
