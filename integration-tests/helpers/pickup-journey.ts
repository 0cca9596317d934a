/**
 * What the click-and-collect and returns browser tests set up through the backend: the
 * demo admin, store staff the admin adds (who set their password from the invitation), a
 * registered customer, a variant on a store's shelves, an order to collect.
 */
import { randomInt } from "node:crypto"
import { acceptedTerms, demoAdminCredentials } from "./backend-api"

type Call = (method: "GET" | "POST", route: string, options?: { body?: unknown; token?: string; store?: boolean }) => Promise<any>

export const PICKUP_ADDRESS = { first_name: "Inès", last_name: "Moreau", address_1: "3 quai Saint-Antoine", city: "Lyon", postal_code: "69002", country_code: "fr" }

/** The demo admin's token: back office only (admins do not work at the /staff counter). */
export async function demoAdminToken(call: Call): Promise<string> {
  const { token } = await call("POST", "/auth/user/emailpass", { body: demoAdminCredentials() })
  return token
}

/**
 * A new member of store staff at the named stores, as the shop makes them: the admin adds
 * them under Store staff, they choose a password from the invitation e-mail's link.
 */
export async function newStoreStaff(call: Call, adminToken: string, storeNames: string[], name = { first_name: "Léa", last_name: "Garnier" }) {
  const storeIds = await Promise.all(storeNames.map((storeName) => storeLocationId(call, adminToken, storeName)))
  const email = `staff-${Date.now()}-${randomInt(1e6)}@fairmade.test`
  await call("POST", "/admin/store-staff", { token: adminToken, body: { ...name, email, store_location_ids: storeIds } })
  const resetUrl = await inviteLink(email)
  const password = "a till drawer and a receipt roll"
  await call("POST", "/auth/staff/emailpass/update", { token: new URL(resetUrl).searchParams.get("token")!, body: { password } })
  return { email, password }
}

/**
 * The link in the newest set-password e-mail to `email`, read where the member reads it:
 * the inbox of the mail catcher `npm start` runs (admins cannot read it from notifications).
 */
async function inviteLink(email: string): Promise<string> {
  const inbox = process.env.E2E_MAIL_WEB_PORT
  if (!inbox) throw new Error("E2E_MAIL_WEB_PORT is not set: the browser stack starts the mail catcher")
  const deadline = Date.now() + 20_000
  for (;;) {
    const emails: { to: { address: string }[]; text: string }[] = await (await fetch(`http://127.0.0.1:${inbox}/api/email`)).json()
    const sent = emails.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === email.toLowerCase()))
    const link = sent.at(-1)?.text.match(/https?:\/\/\S+reset-password\?\S+/)?.[0]
    if (link) return link
    if (Date.now() > deadline) throw new Error(`No invitation e-mail reached ${email}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export async function newCustomerToken(call: Call): Promise<string> {
  const email = `collector-${Date.now()}-${randomInt(1e6)}@fairmade.test`
  const { token } = await call("POST", "/auth/customer/emailpass/register", { body: { email, password: "a long and memorable password" } })
  await call("POST", "/store/customers", { store: true, token, body: { email, first_name: PICKUP_ADDRESS.first_name, last_name: PICKUP_ADDRESS.last_name } })
  return (await call("POST", "/auth/token/refresh", { token })).token
}

export async function europeRegionId(call: Call): Promise<string> {
  const { regions } = await call("GET", "/store/regions", { store: true })
  return regions.find((region: any) => region.name === "Europe").id
}

/** A variant the store has on its shelves, so the order is ready in the store's lead time. */
export async function variantInStockAt(call: Call, storeName: string, regionId: string): Promise<{ variantId: string; handle: string }> {
  const { products } = await call("GET", `/store/products?region_id=${regionId}&limit=40&fields=id,handle,variants.id`, { store: true })
  for (const product of products) {
    for (const variant of product.variants) {
      const { stores } = await call("GET", `/store/pickup-availability?variant_ids=${variant.id}`, { store: true })
      const store = stores.find((candidate: any) => candidate.name === storeName)
      if (store?.lines[0]?.availability === "in_store") return { variantId: variant.id, handle: product.handle }
    }
  }
  throw new Error(`No variant among the first 40 products is in stock at ${storeName}`)
}

/** The stock location of a store (`metadata.kind = "store"`), by its name. */
export async function storeLocationId(call: Call, adminToken: string, storeName: string): Promise<string> {
  const { stock_locations } = await call("GET", "/admin/stock-locations?fields=id,name,metadata&limit=50", { token: adminToken })
  const store = stock_locations.find((candidate: any) => candidate.name === storeName && candidate.metadata?.kind === "store")
  if (!store) throw new Error(`No store named ${storeName}`)
  return store.id
}

/** A registered customer's order of one unit of `variantId`, to collect at `storeName`, paid with the system provider. */
export async function placePickupOrder(call: Call, customerToken: string, storeName: string, variantId: string) {
  const regionId = await europeRegionId(call)
  const token = customerToken
  const { cart } = await call("POST", "/store/carts", { store: true, token, body: { region_id: regionId } })
  await call("POST", `/store/carts/${cart.id}/line-items`, { store: true, token, body: { variant_id: variantId, quantity: 1 } })
  // The demo shop publishes terms of sale: the cart carries the version accepted (shop-content).
  const metadata = await acceptedTerms(call as Parameters<typeof acceptedTerms>[0])
  await call("POST", `/store/carts/${cart.id}`, { store: true, token, body: { shipping_address: PICKUP_ADDRESS, billing_address: PICKUP_ADDRESS, metadata } })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, { store: true, token })
  const collect = shipping_options.find((option: any) => option.name === `Collect in store — ${storeName}`)
  if (!collect) throw new Error(`No collection option for ${storeName}`)
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { store: true, token, body: { option_id: collect.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { store: true, token, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { store: true, token, body: { provider_id: "pp_system_default" } })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`, { store: true, token })
  if (completed.type !== "order") throw new Error(`No order: ${JSON.stringify(completed)}`)
  return completed.order as { id: string; display_id: number; email: string }
}
