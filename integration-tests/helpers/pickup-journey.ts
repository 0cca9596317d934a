/**
 * What the click-and-collect browser tests set up through the backend: the demo admin at
 * every store, a registered customer, a variant on a store's shelves, an order to collect.
 */
import { randomInt } from "node:crypto"
import { demoAdminCredentials } from "./backend-api"

type Call = (method: "GET" | "POST", route: string, options?: { body?: unknown; token?: string; store?: boolean }) => Promise<any>

export const PICKUP_ADDRESS = { first_name: "Inès", last_name: "Moreau", address_1: "3 quai Saint-Antoine", city: "Lyon", postal_code: "69002", country_code: "fr" }

/** The demo admin works at every store: what an admin does on the user's page ("Works at"). */
export async function adminWorkingAtAllStores(call: Call): Promise<string> {
  const { token } = await call("POST", "/auth/user/emailpass", { body: demoAdminCredentials() })
  const { user } = await call("GET", "/admin/users/me", { token })
  const { stores } = await call("GET", `/admin/staff-stores/${user.id}`, { token })
  await call("POST", `/admin/staff-stores/${user.id}`, { token, body: { location_ids: stores.map((store: any) => store.id) } })
  return token
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

/** The stock location of a store, by its name, as the staff-stores route lists them. */
export async function storeLocationId(call: Call, adminToken: string, storeName: string): Promise<string> {
  const { user } = await call("GET", "/admin/users/me", { token: adminToken })
  const { stores } = await call("GET", `/admin/staff-stores/${user.id}`, { token: adminToken })
  const store = stores.find((candidate: any) => candidate.name === storeName)
  if (!store) throw new Error(`No store named ${storeName}`)
  return store.id
}
