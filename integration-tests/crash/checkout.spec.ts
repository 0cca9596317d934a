/**
 * Cart completion killed after Medusa created the order (and reserved its stock) and
 * before the payment was authorised. Never an order reported placed without a payment:
 * a retry finishes the payment, or the recovery releases the order and its stock and the
 * shopper pays again; in the end exactly one paid order for the cart, or none.
 */
import { cartReadyToComplete, completeCart, europeRegionId, stockedVariants } from "./api"
import { inventoryItemOf, paymentsOfOrder, reservedOf, waitFor } from "./data"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Backend, sql } = require("./stack")

const backend = new Backend()
const CRASH_POINT = "checkout.complete.before-payment-authorization"
let regionId: string

beforeAll(async () => {
  await backend.start()
  regionId = await europeRegionId()
})
afterAll(() => backend.stop())

const ordersOfCart = (cartId: string): Promise<{ order_id: string; status: string; canceled_at: Date | null }[]> =>
  sql(
    `select oc.order_id, o.status, o.canceled_at from order_cart oc join "order" o on o.id = oc.order_id
     where oc.cart_id = $1 and oc.deleted_at is null`,
    [cartId],
  )

/** Every order ever made from the cart, linked or not (a released one is unlinked). */
const everyOrderOf = (orderIds: string[]): Promise<{ id: string; status: string }[]> =>
  sql(`select id, status from "order" where id = any($1) order by created_at`, [orderIds])

const reservationsOfOrder = (orderId: string): Promise<{ quantity: string }[]> =>
  sql(
    `select r.quantity from reservation_item r join order_item oi on oi.item_id = r.line_item_id
     where oi.order_id = $1 and r.deleted_at is null`,
    [orderId],
  )

async function crashedCompletion() {
  const [variant] = await stockedVariants(regionId, 3)
  const inventoryItemId = await inventoryItemOf(variant.id)
  const reservedBefore = await reservedOf(inventoryItemId)
  const cartId = await cartReadyToComplete(regionId, [{ variant_id: variant.id, quantity: 2 }])
  return { cartId, inventoryItemId, reservedBefore }
}

describe("cart completion killed before the payment is authorised", () => {
  it("a retry finishes the payment: one order, paid, its stock reserved once", async () => {
    const { cartId, inventoryItemId, reservedBefore } = await crashedCompletion()
    const { error } = await backend.crashDuring(CRASH_POINT, () => completeCart(cartId))
    expect(error).toBeDefined() // the shopper's request died with the backend

    // What the crash left: an order without payment, its stock already reserved.
    const [left] = await ordersOfCart(cartId)
    expect(left).toBeDefined()
    expect(await paymentsOfOrder(left.order_id)).toEqual([])

    const retried = await completeCart(cartId)
    expect(retried.status).toBe(200)
    expect(retried.data.type).toBe("order")
    expect(retried.data.order.id).toBe(left.order_id)
    expect(retried.data.order.payment_collections.map((collection: any) => collection.status)).toEqual(["authorized"])

    const orders = await ordersOfCart(cartId)
    expect(orders).toHaveLength(1)
    const payments = await paymentsOfOrder(left.order_id)
    expect(payments).toHaveLength(1)
    expect(payments[0].canceled_at).toBeNull()
    expect((await reservationsOfOrder(left.order_id)).map((row) => Number(row.quantity))).toEqual([2])
    expect(await reservedOf(inventoryItemId)).toBe(reservedBefore + 2)
  })

  it("without a payment to finish, the recovery releases the order and its stock, and paying again places one paid order", async () => {
    const { cartId, inventoryItemId, reservedBefore } = await crashedCompletion()
    await backend.crashDuring(CRASH_POINT, () => completeCart(cartId), {
      // The shopper's payment session is gone (expired at the provider, say): nothing can be authorised.
      beforeRestart: () =>
        sql(
          `update payment_session set deleted_at = now() where payment_collection_id in
             (select payment_collection_id from cart_payment_collection where cart_id = $1 and deleted_at is null)`,
          [cartId],
        ),
      // No grace period: the recovery run at start settles it at once.
      env: { UNPAID_ORDER_GRACE_MINUTES: "0" },
    })
    const [left] = await ordersOfCart(cartId)
    const released = await waitFor(async () => {
      const [order] = await everyOrderOf([left.order_id])
      return order.status === "canceled" ? order : null
    })
    expect(released.status).toBe("canceled")
    expect(await reservationsOfOrder(left.order_id)).toEqual([])
    expect(await reservedOf(inventoryItemId)).toBe(reservedBefore)
    expect(await ordersOfCart(cartId)).toEqual([]) // the cart is open again

    // The shopper pays again with the same cart.
    const [collection] = await sql("select payment_collection_id from cart_payment_collection where cart_id = $1 and deleted_at is null", [cartId])
    const session = await fetch(`${backend.url}/store/payment-collections/${collection.payment_collection_id}/payment-sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": require("./stack").state().publishableKey },
      body: JSON.stringify({ provider_id: "pp_system_default" }),
    })
    expect(session.status).toBe(200)
    const placed = await completeCart(cartId)
    expect(placed.data.type).toBe("order")
    expect(placed.data.order.id).not.toBe(left.order_id)
    expect(placed.data.order.payment_collections.map((c: any) => c.status)).toEqual(["authorized"])
    const live = await ordersOfCart(cartId)
    expect(live).toHaveLength(1)
    expect(await paymentsOfOrder(live[0].order_id)).toHaveLength(1)
    expect(await reservedOf(inventoryItemId)).toBe(reservedBefore + 2)
  })
})
