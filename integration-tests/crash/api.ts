/**
 * HTTP calls for crash scenarios: the started backend's Store and Admin APIs, as the
 * storefront, the staff screens and the back office call them. No Medusa container in
 * the test process: the backend is another process, killed and restarted under the test.
 */
import { randomInt } from "node:crypto"
import { SHIPPING_ADDRESS } from "../helpers/checkout"
import { openNotificationData } from "@fairmade/shop-core/lib/seal"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { state, BACKEND_PORT } = require("./stack")

export const backendUrl = `http://localhost:${BACKEND_PORT}`

export type Answer = { status: number; data: any }
type Options = { body?: unknown; token?: string; store?: boolean }

// Medusa trusts one proxy hop: an address of the suite's own keeps it out of the limits of 127.0.0.1.
const clientIp = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`

/** Any answer, success or not; a dropped connection (the backend died) throws. */
export async function request(method: "GET" | "POST" | "DELETE", route: string, { body, token, store = false }: Options = {}): Promise<Answer> {
  const response = await fetch(new URL(route, backendUrl), {
    method,
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": clientIp,
      ...(store ? { "x-publishable-api-key": state().publishableKey } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, data: await response.json().catch(() => ({})) }
}

/** A call that must succeed. */
export async function call(method: "GET" | "POST" | "DELETE", route: string, options: Options = {}) {
  const answer = await request(method, route, options)
  if (answer.status >= 400) throw new Error(`${method} ${route} answered ${answer.status}: ${JSON.stringify(answer.data)}`)
  return answer.data
}

/** The demo admin (works at every store): staff and back office in one. */
export async function adminToken(): Promise<string> {
  const { admin } = state()
  const { token } = await call("POST", "/auth/user/emailpass", { body: admin })
  return token
}

const STAFF_PASSWORD = "crash-test-staff-password"

/** A member of store staff at the location, as the shop makes one: created by an admin, invite accepted, signed in. */
export async function staffToken(locationId: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { sql, state } = require("./stack")
  process.env.NOTIFICATION_SEAL_KEY = state().secrets.NOTIFICATION_SEAL_KEY
  const admin = await adminToken()
  const email = `crash.staff.${Date.now()}.${randomInt(1000)}@fairmade.test`
  await call("POST", "/admin/store-staff", { token: admin, body: { first_name: "Crash", last_name: "Test", email, store_location_ids: [locationId] } })
  let invite: string | undefined
  for (let attempt = 0; attempt < 60 && !invite; attempt++) {
    const [row] = await sql(
      `select data from notification where "to" = $1 and template = 'password-reset' order by created_at desc limit 1`,
      [email],
    )
    // The link rests sealed; opened with the stack's key, as its e-mail provider does.
    invite = row ? (openNotificationData(row.data).reset_url as string | undefined) : undefined
    if (!invite) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (!invite) throw new Error(`No invitation was sent to ${email}`)
  const token = new URL(invite).searchParams.get("token")!
  await call("POST", "/auth/staff/emailpass/update", { token, body: { password: STAFF_PASSWORD } })
  return (await call("POST", "/auth/staff/emailpass", { body: { email, password: STAFF_PASSWORD } })).token as string
}

export async function europeRegionId(): Promise<string> {
  const { regions } = await call("GET", "/store/regions?fields=id,name", { store: true })
  const europe = regions.find((region: any) => region.name === "Europe")
  if (!europe) throw new Error("The seed has no 'Europe' region")
  return europe.id
}

/** Variants stocked at the warehouse with at least `minimum` units available, cheapest first. */
export async function stockedVariants(regionId: string, minimum = 5): Promise<{ id: string; product_id: string; title: string }[]> {
  const { products } = await call(
    "GET",
    `/store/products?region_id=${regionId}&limit=100&fields=id,variants.id,variants.title,+variants.inventory_quantity,+variants.manage_inventory`,
    { store: true },
  )
  return products.flatMap((product: any) =>
    (product.variants ?? [])
      .filter((variant: any) => variant.manage_inventory && variant.inventory_quantity >= minimum)
      .map((variant: any) => ({ id: variant.id, product_id: product.id, title: variant.title })),
  )
}

/** A guest cart in Europe with the items, address, standard delivery and a system-provider payment session. */
export async function cartReadyToComplete(regionId: string, items: { variant_id: string; quantity: number }[], email = "crash@fairmade.test") {
  const { cart } = await call("POST", "/store/carts", { store: true, body: { region_id: regionId } })
  for (const item of items) await call("POST", `/store/carts/${cart.id}/line-items`, { store: true, body: item })
  await call("POST", `/store/carts/${cart.id}`, { store: true, body: { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS } })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, { store: true })
  const standard = shipping_options.find((option: any) => option.name === "Standard delivery")
  if (!standard) throw new Error(`No "Standard delivery" for the cart; options: ${shipping_options.map((option: any) => option.name)}`)
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { store: true, body: { option_id: standard.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { store: true, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { store: true, body: { provider_id: "pp_system_default" } })
  return cart.id as string
}

/** Completion as the storefront asks for it: the order with its payment collections' status. */
export const completeCart = (cartId: string) =>
  request("POST", `/store/carts/${cartId}/complete?fields=id,total,items.*,items.total,payment_collections.status`, { store: true })

/** A placed order, paid (captured), shipped from the warehouse and delivered, as the back office does it. */
export async function placeDeliveredOrder(token: string, regionId: string, wanted: { variant_id: string; quantity: number }[]) {
  const cartId = await cartReadyToComplete(regionId, wanted)
  const completed = await completeCart(cartId)
  if (completed.data.type !== "order") throw new Error(`No order: ${JSON.stringify(completed.data)}`)
  const orderId = completed.data.order.id as string
  // `total`: what was paid for the line, promotions and taxes included (Medusa's own total).
  const items = (completed.data.order.items as any[]).map((item) => ({
    id: item.id as string,
    quantity: Number(item.quantity),
    variant_id: item.variant_id as string,
    total: Number(item.total),
  }))
  const { order } = await call("GET", `/admin/orders/${orderId}?fields=id,payment_collections.payments.id`, { token })
  for (const payment of order.payment_collections.flatMap((collection: any) => collection.payments)) {
    await call("POST", `/admin/payments/${payment.id}/capture`, { token, body: {} })
  }
  const { order: fulfilled } = await call("POST", `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id`, {
    token,
    body: { items: items.map((item) => ({ id: item.id, quantity: item.quantity })) },
  })
  for (const fulfillment of fulfilled.fulfillments) {
    await call("POST", `/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`, { token, body: {} })
  }
  return { id: orderId, items }
}
