/**
 * Exchange at the counter killed mid-way. Before Medusa confirmed the exchange, it is
 * rolled back (the booked return restored, nothing handed over, nothing restocked) and
 * can be taken again; after, it is finished (new item out of the store's stock once, the
 * returned one restocked once). Never money refunded for a same-price swap.
 */
import { adminToken, call, europeRegionId, placeDeliveredOrder, request, staffToken } from "./api"
import { STAFF_RETURNS, inventoryItemOf, refundsOfOrder, reservedOf, stockedAt, storeLocationId, waitFor } from "./data"

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

/** Variants of one product, both stocked at the warehouse and the store, at the same price. */
async function swappableVariants(): Promise<{ from: string; to: string }> {
  const rows = await sql(
    `select pv.product_id, pv.id as variant_id, pa.amount
       from product_variant pv
       join product_variant_inventory_item pvi on pvi.variant_id = pv.id and pvi.deleted_at is null
       join inventory_level store_level on store_level.inventory_item_id = pvi.inventory_item_id and store_level.location_id = $1
         and store_level.deleted_at is null and store_level.stocked_quantity - store_level.reserved_quantity >= 3
       join product_variant_price_set pvps on pvps.variant_id = pv.id and pvps.deleted_at is null
       join price pa on pa.price_set_id = pvps.price_set_id and pa.currency_code = 'eur' and pa.price_list_id is null and pa.deleted_at is null
         and pa.rules_count = 0
      where pv.deleted_at is null and pv.manage_inventory
        and exists (select 1 from inventory_level wl where wl.inventory_item_id = pvi.inventory_item_id and wl.location_id <> $1
                    and wl.deleted_at is null and wl.stocked_quantity - wl.reserved_quantity >= 3)
      order by pv.product_id, pv.id`,
    [storeId],
  )
  for (const row of rows) {
    const twin = rows.find((other: any) => other.product_id === row.product_id && other.variant_id !== row.variant_id && Number(other.amount) === Number(row.amount))
    if (twin) return { from: row.variant_id, to: twin.variant_id }
  }
  throw new Error("The seed has no product with two same-price variants stocked at the warehouse and at the store")
}

async function bookedExchange() {
  const { from, to } = await swappableVariants()
  const order = await placeDeliveredOrder(token, regionId, [{ variant_id: from, quantity: 1 }])
  const { store_return } = await call("POST", STAFF_RETURNS, {
    token: staff,
    body: { order_id: order.id, location_id: storeId, items: [{ id: order.items[0].id, quantity: 1, reason_code: "wrong_size_colour" }] },
  })
  const returned = await inventoryItemOf(from)
  const handedOver = await inventoryItemOf(to)
  const before = {
    returnedAtStore: await stockedAt(returned, storeId),
    handedOverAtStore: await stockedAt(handedOver, storeId),
    handedOverReserved: await reservedOf(handedOver),
  }
  const exchange = () =>
    request("POST", `${STAFF_RETURNS}/${store_return.id}/receive`, {
      token: staff,
      body: { items: [{ id: order.items[0].id, quantity: 1, condition: "resellable", exchange_for_variant_id: to }] },
    })
  return { order, storeReturn: store_return, returned, handedOver, before, exchange }
}

const liveExchangesOf = (orderId: string) => sql("select id, return_id from order_exchange where order_id = $1 and canceled_at is null and deleted_at is null", [orderId])

describe("counter exchange killed mid-way", () => {
  it("before Medusa confirmed it: rolled back, then taken again, once", async () => {
    const { order, storeReturn, returned, handedOver, before, exchange } = await bookedExchange()
    await backend.crashDuring("returns.exchange.before-confirm", exchange)
    token = await adminToken()

    // The recovery at start undoes it: the booked return is expected again, nothing moved.
    await waitFor(async () => {
      const [row] = await sql("select status from store_return where id = $1", [storeReturn.id])
      return row.status === "requested"
    })
    const [booked] = await sql("select status, canceled_at from \"return\" where id = $1", [storeReturn.return_id])
    expect(booked).toEqual({ status: "requested", canceled_at: null })
    expect(await liveExchangesOf(order.id)).toEqual([])
    expect(await stockedAt(handedOver, storeId)).toBe(before.handedOverAtStore)
    expect(await reservedOf(handedOver)).toBe(before.handedOverReserved)
    expect(await stockedAt(returned, storeId)).toBe(before.returnedAtStore)

    const again = await exchange()
    expect(again).toEqual(expect.objectContaining({ status: 200 }))
    expect(again.data.store_return.status).toBe("no_refund_due")
    expect(await liveExchangesOf(order.id)).toHaveLength(1)
    expect(await stockedAt(handedOver, storeId)).toBe(before.handedOverAtStore - 1)
    expect(await stockedAt(returned, storeId)).toBe(before.returnedAtStore + 1)
    expect(await refundsOfOrder(order.id)).toEqual([])
  })

  it("after Medusa confirmed it: finished, the new item handed over once and the returned one restocked once", async () => {
    const { order, storeReturn, returned, handedOver, before, exchange } = await bookedExchange()
    await backend.crashDuring("returns.exchange.after-confirm", exchange)

    const settled = await waitFor(async () => {
      const [row] = await sql("select status, return_id, receipts from store_return where id = $1", [storeReturn.id])
      return row.status === "no_refund_due" ? row : null
    })
    const exchanges = await liveExchangesOf(order.id)
    expect(exchanges).toHaveLength(1)
    expect(settled.return_id).toBe(exchanges[0].return_id)
    expect(settled.receipts.visits).toHaveLength(1)
    expect(settled.receipts.visits[0].exchange_id).toBe(exchanges[0].id)
    expect(await stockedAt(handedOver, storeId)).toBe(before.handedOverAtStore - 1)
    expect(await reservedOf(handedOver)).toBe(before.handedOverReserved)
    expect(await stockedAt(returned, storeId)).toBe(before.returnedAtStore + 1)
    expect(await refundsOfOrder(order.id)).toEqual([])
  })
})
