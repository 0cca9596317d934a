/**
 * What the click-and-collect and returns browser tests set up through the backend: the
 * demo admin, store staff the admin adds (who set their password from the invitation), a
 * registered customer, a variant on a store's shelves, an order to collect.
 */
import { randomInt } from "node:crypto"
import { demoAdminCredentials } from "./backend-api"

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
  const resetUrl = await inviteLink(call, adminToken, email)
  const password = "a till drawer and a receipt roll"
  await call("POST", "/auth/staff/emailpass/update", { token: new URL(resetUrl).searchParams.get("token")!, body: { password } })
  return { email, password }
}

/** The link in the newest set-password e-mail to `email` (the notification the admin can read). */
async function inviteLink(call: Call, adminToken: string, email: string): Promise<string> {
  const deadline = Date.now() + 20_000
  for (;;) {
    const { notifications } = await call("GET", `/admin/notifications?to=${encodeURIComponent(email)}&order=-created_at`, { token: adminToken })
    const link = notifications.find((notification: any) => notification.template === "password-reset")?.data?.reset_url
    if (link) return link as string
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
