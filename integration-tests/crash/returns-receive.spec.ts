/**
 * Counter receipt killed between Medusa's receive (items back, restocked) and the refund:
 * after the restart the shopper is refunded exactly once and the units restocked once,
 * by the recovery run at start or by staff retrying.
 */
import { adminToken, call, europeRegionId, placeDeliveredOrder, request, staffToken, stockedVariants } from "./api"
import { STAFF_RETURNS, storeLocationId, stockedAt, refundsOfOrder, waitFor, inventoryItemOf } from "./data"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Backend, sql } = require("./stack")

const backend = new Backend()
let token: string
// Staff of the store the returns are booked at: the counter routes are theirs.
let staff: string
let regionId: string
let storeId: string

beforeAll(async () => {
  await backend.start()
  token = await adminToken()
  regionId = await europeRegionId()
  storeId = await storeLocationId()
  staff = await staffToken(storeId)
})
afterAll(() => backend.stop())

async function bookedReturn(quantity: number) {
  const [variant] = await stockedVariants(regionId, quantity + 2)
  const order = await placeDeliveredOrder(token, regionId, [{ variant_id: variant.id, quantity }])
  const { store_return } = await call("POST", STAFF_RETURNS, {
    token: staff,
    body: { order_id: order.id, location_id: storeId, items: [{ id: order.items[0].id, quantity, reason_code: "changed_mind" }] },
  })
  return { order, storeReturn: store_return, inventoryItemId: await inventoryItemOf(variant.id) }
}

/** What the shopper paid for the line's units (all of them are returned here). */
const lineTotal = (order: { items: { total: number }[] }) => order.items[0].total

describe("counter receipt and refund, killed after Medusa's receive", () => {
  it("is refunded exactly once and restocked once after the restart", async () => {
    const { order, storeReturn, inventoryItemId } = await bookedReturn(2)
    const stockBefore = await stockedAt(inventoryItemId, storeId)

    const receive = () =>
      request("POST", `${STAFF_RETURNS}/${storeReturn.id}/receive`, {
        token: staff,
        body: { items: [{ id: order.items[0].id, quantity: 2, condition: "resellable" }] },
      })
    await backend.crashDuring("returns.receive.after-medusa-receive", receive)
    token = await adminToken()

    // The recovery run at start finishes it; a retry by staff must not refund twice either.
    const settled = await waitFor(async () => {
      const [row] = await sql("select status, refunded_amount, pending_refund_amount from store_return where id = $1", [storeReturn.id])
      return ["refunded"].includes(row.status) ? row : null
    })
    const retried = await request("POST", `${STAFF_RETURNS}/${storeReturn.id}/refund`, { token: staff })
    const receivedAgain = await receive()

    const refunds = await refundsOfOrder(order.id)
    const expected = lineTotal(order)
    expect(refunds).toHaveLength(1)
    expect(Number(refunds[0].amount)).toBe(expected)
    expect(Number(settled.refunded_amount)).toBe(expected)
    expect(Number(settled.pending_refund_amount)).toBe(0)
    expect(await stockedAt(inventoryItemId, storeId)).toBe(stockBefore + 2)
    // Nothing left to do: both answers say so without moving money or stock.
    expect(retried.status).toBe(400)
    expect(receivedAgain.status).toBe(400)
    expect((await refundsOfOrder(order.id)).length).toBe(1)
  })

  it("killed after the provider refunded and before the record: the refund is not paid twice", async () => {
    const { order, storeReturn, inventoryItemId } = await bookedReturn(1)
    const stockBefore = await stockedAt(inventoryItemId, storeId)
    await backend.crashDuring("returns.refund.after-payment-refund", () =>
      request("POST", `${STAFF_RETURNS}/${storeReturn.id}/receive`, {
        token: staff,
        body: { items: [{ id: order.items[0].id, quantity: 1, condition: "resellable" }] },
      }),
    )
    token = await adminToken()
    // Staff press "Retry" straight away, racing the recovery at start: one of them settles it, once.
    const retried = await request("POST", `${STAFF_RETURNS}/${storeReturn.id}/refund`, { token: staff })
    expect([200, 400]).toContain(retried.status)
    const settled = await waitFor(async () => {
      const [row] = await sql("select status, refunded_amount, pending_refund_amount from store_return where id = $1", [storeReturn.id])
      return row.status === "refunded" ? row : null
    })
    const expected = lineTotal(order)
    const refunds = await refundsOfOrder(order.id)
    expect(refunds.map((refund) => Number(refund.amount))).toEqual([expected])
    expect(Number(settled.refunded_amount)).toBe(expected)
    expect(Number(settled.pending_refund_amount)).toBe(0)
    expect(await stockedAt(inventoryItemId, storeId)).toBe(stockBefore + 1)
  })

  it("killed after recording the visit intent and before Medusa's receive: undone, and receiving again works", async () => {
    const { order, storeReturn, inventoryItemId } = await bookedReturn(1)
    const stockBefore = await stockedAt(inventoryItemId, storeId)
    const receive = () =>
      request("POST", `${STAFF_RETURNS}/${storeReturn.id}/receive`, {
        token: staff,
        body: { items: [{ id: order.items[0].id, quantity: 1, condition: "resellable" }] },
      })
    await backend.crashDuring("returns.receive.after-start-visit", receive)
    token = await adminToken()
    const [interrupted] = await sql("select status from store_return where id = $1", [storeReturn.id])
    expect(["receiving", "requested"]).toContain(interrupted.status)
    const again = await receive()
    expect(again).toEqual(expect.objectContaining({ status: 200 }))
    expect(again.data.store_return.status).toBe("refunded")
    expect((await refundsOfOrder(order.id)).map((refund) => Number(refund.amount))).toEqual([lineTotal(order)])
    expect(await stockedAt(inventoryItemId, storeId)).toBe(stockBefore + 1)
  })
})
