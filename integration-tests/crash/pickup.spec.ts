/**
 * Click-and-collect killed at its crash points (SIGKILL, no compensation), then started
 * again: every paid collection order gets exactly one pickup; a hand-over or short pick
 * interrupted half-way completes on retry without capturing, moving stock or refunding twice.
 */
import { openNotificationData } from "@fairmade/shop-core/lib/seal"
import { SHIPPING_ADDRESS } from "../helpers/checkout"
import { call, completeCart, europeRegionId, request, staffToken, stockedVariants } from "./api"
import { capturesOfOrder, inventoryItemOf, paymentsOfOrder, refundsOfOrder, reservedOf, stockedAt, waitFor } from "./data"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Backend, sql, state } = require("./stack")
// Sealed notification data opens with the stack's key (prepare.mjs made it), as its e-mail provider does.
process.env.NOTIFICATION_SEAL_KEY = state().secrets.NOTIFICATION_SEAL_KEY

const STAFF_PICKUPS = "/staff-api/pickups"

describe("click-and-collect survives a crash at any step", () => {
  const backend = new Backend()
  let regionId: string
  let lyon: { id: string; optionId: string }
  let variant: { id: string; title: string }
  let staff: string
  let count = 0

  /** A guest cart collected at Lyon, paid with the system provider (authorised, captured at hand-over). */
  async function lyonCart(quantity: number) {
    const { cart } = await call("POST", "/store/carts", { store: true, body: { region_id: regionId } })
    await call("POST", `/store/carts/${cart.id}/line-items`, { store: true, body: { variant_id: variant.id, quantity } })
    const email = `crash.collector${++count}.${Date.now()}@fairmade.test`
    await call("POST", `/store/carts/${cart.id}`, { store: true, body: { email, shipping_address: SHIPPING_ADDRESS, billing_address: SHIPPING_ADDRESS } })
    await call("POST", `/store/carts/${cart.id}/shipping-methods`, { store: true, body: { option_id: lyon.optionId } })
    const { payment_collection } = await call("POST", "/store/payment-collections", { store: true, body: { cart_id: cart.id } })
    await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { store: true, body: { provider_id: "pp_system_default" } })
    return { cartId: cart.id as string, email }
  }

  const orderOfCart = (cartId: string) =>
    waitFor(async () => (await sql("select order_id from order_cart where cart_id = $1 and deleted_at is null", [cartId]))[0]?.order_id as string | undefined)

  const pickupsOfOrder = (orderId: string): Promise<{ id: string; status: string; pending_action: string | null }[]> =>
    sql("select id, status, pending_action from pickup_order where order_id = $1 and deleted_at is null", [orderId])

  /** A collection order with its pickup open, marked ready (ship-to-store units moved to Lyon), and its code. */
  async function readyPickup(quantity: number) {
    const { cartId, email } = await lyonCart(quantity)
    const completed = await completeCart(cartId)
    expect(completed.data.type).toBe("order")
    const orderId = completed.data.order.id as string
    const [pickup] = await waitFor(async () => {
      const rows = await pickupsOfOrder(orderId)
      return rows.length ? rows : null
    })
    await call("POST", `${STAFF_PICKUPS}/${pickup.id}/ready`, { token: staff, body: {} })
    // The code rests sealed in the notification; the test opens it with the stack's key, as the e-mail provider does.
    const code = await waitFor(async () => {
      const [row] = await sql(
        `select data from notification where "to" = $1 and template = 'pickup-ready' order by created_at desc limit 1`,
        [email],
      )
      return row ? (openNotificationData(row.data).pickup_code as string | undefined) : undefined
    })
    return { orderId, pickupId: pickup.id as string, code }
  }

  const liveFulfillments = (orderId: string) =>
    sql(
      `select f.id, f.location_id, f.delivered_at from fulfillment f
       join order_fulfillment ofl on ofl.fulfillment_id = f.id and ofl.deleted_at is null
       where ofl.order_id = $1 and f.canceled_at is null and f.deleted_at is null`,
      [orderId],
    )

  const sumOf = (rows: { amount: string }[]) => rows.reduce((total, row) => total + Math.round(Number(row.amount) * 100), 0)

  beforeAll(async () => {
    await backend.start()
    regionId = await europeRegionId()
    const [store] = await sql("select id from stock_location where metadata->>'handle' = 'lyon-part-dieu' and deleted_at is null")
    const { pickup_locations } = await call("GET", "/store/pickup-locations", { store: true })
    lyon = { id: store.id, optionId: pickup_locations.find((location: any) => location.id === store.id).shipping_option_ids[0] }
    ;[variant] = await stockedVariants(regionId, 20)
    staff = await staffToken(lyon.id)
  })

  afterAll(() => backend.stop())

  it("opens exactly one pickup per paid collection order when killed right after checkout", async () => {
    // Killed after the reservations moved to the store, before the pickup row: the start-up reconciliation finishes it.
    const first = await lyonCart(1)
    await backend.crashDuring("pickup.create.after-reservations", () => completeCart(first.cartId))
    const firstOrder = await orderOfCart(first.cartId)
    // Killed before the order.placed subscriber did anything.
    const second = await lyonCart(1)
    await backend.crashDuring("pickup.create.before", () => completeCart(second.cartId))
    const secondOrder = await orderOfCart(second.cartId)

    for (const orderId of [firstOrder, secondOrder]) {
      const rows = await waitFor(async () => {
        const found = await pickupsOfOrder(orderId)
        return found.length ? found : null
      }, 60_000)
      expect(rows).toEqual([expect.objectContaining({ status: "received" })])
    }
    const { pickups } = await call("GET", `${STAFF_PICKUPS}?status=received`, { token: staff })
    expect(pickups.map((pickup: any) => pickup.order_id ?? pickup.order?.id)).toEqual(expect.arrayContaining([firstOrder, secondOrder]))
    // A later run (restart) opens nothing more.
    await backend.restart()
    await new Promise((resolve) => setTimeout(resolve, 15_000))
    expect(await pickupsOfOrder(firstOrder)).toHaveLength(1)
    expect(await pickupsOfOrder(secondOrder)).toHaveLength(1)
  })

  it.each(["pickup.hand-over.after-capture", "pickup.hand-over.after-fulfillment", "pickup.hand-over.after-delivery"])(
    "completes a hand-over killed at %s on retry: one capture, stock out of the store once",
    async (point) => {
      const quantity = 2
      const { orderId, pickupId, code } = await readyPickup(quantity)
      const item = await inventoryItemOf(variant.id)
      const stockedBefore = await stockedAt(item, lyon.id)
      const reservedBefore = await reservedOf(item)

      await backend.crashDuring(point, () => request("POST", `${STAFF_PICKUPS}/${pickupId}/hand-over`, { token: staff, body: { code } }))
      const { pickup: interrupted } = await call("GET", `${STAFF_PICKUPS}/${pickupId}`, { token: staff })
      expect(interrupted).toEqual(expect.objectContaining({ status: "ready", interrupted: "hand_over" }))

      const retried = await request("POST", `${STAFF_PICKUPS}/${pickupId}/retry`, { token: staff, body: {} })
      expect(retried.status).toBe(200)
      expect(retried.data.pickup).toEqual(expect.objectContaining({ status: "collected", interrupted: null }))

      // The order was not edited: what was authorised at checkout is its total, captured once.
      const [payment] = await paymentsOfOrder(orderId)
      const captures = await capturesOfOrder(orderId)
      expect(captures).toHaveLength(1)
      expect(sumOf(captures)).toBe(Math.round(Number(payment.amount) * 100))
      expect(await liveFulfillments(orderId)).toEqual([expect.objectContaining({ location_id: lyon.id, delivered_at: expect.anything() })])
      expect(await stockedAt(item, lyon.id)).toBe(stockedBefore - quantity)
      expect(await reservedOf(item)).toBe(reservedBefore - quantity)
    },
  )

  it.each(["pickup.short-pick.after-capture", "pickup.short-pick.after-edit", "pickup.short-pick.after-refund"])(
    "finishes a short pick killed at %s on retry, refunding exactly once",
    async (point) => {
      const { cartId } = await lyonCart(2)
      const completed = await completeCart(cartId)
      const orderId = completed.data.order.id as string
      // What one of the two units was paid (the demo's automatic promotions included), in cents, half up.
      const line = completed.data.order.items[0]
      const halfLine = Math.round(Math.round(Number(line.total) * 1000) / 20)
      const [pickup] = await waitFor(async () => {
        const rows = await pickupsOfOrder(orderId)
        return rows.length ? rows : null
      })
      const itemId = completed.data.order.items[0].id
      await backend.crashDuring(point, () =>
        request("POST", `${STAFF_PICKUPS}/${pickup.id}/short-pick`, {
          token: staff,
          body: { items: [{ item_id: itemId, missing_quantity: 1 }], reason: "Dropped on the floor" },
        }),
      )
      expect((await pickupsOfOrder(orderId))[0].pending_action).toBe("short_pick")
      const retried = await request("POST", `${STAFF_PICKUPS}/${pickup.id}/retry`, { token: staff, body: {} })
      expect(retried.status).toBe(200)
      expect(retried.data.pickup).toEqual(expect.objectContaining({ status: "preparing", interrupted: null }))
      expect(retried.data.pickup.pick_list).toEqual([expect.objectContaining({ quantity: 1 })])

      const refunds = await refundsOfOrder(orderId)
      expect(refunds).toHaveLength(1)
      expect(sumOf(refunds)).toBe(halfLine)
      expect((await request("POST", `${STAFF_PICKUPS}/${pickup.id}/retry`, { token: staff, body: {} })).status).toBe(400)
    },
  )
})
