import type { OrderForReturns } from "./order-for-returns"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The return window starts when the shopper had the goods: the latest delivery or
 * collection of the order (click-and-collect marks collection as delivery). An order
 * with no recorded delivery falls back to its creation date, which can only shorten
 * the window, never extend it past what the shop promised.
 */
export function returnWindow(order: OrderForReturns, windowDays: number) {
  const deliveries = (order.fulfillments ?? [])
    .filter((fulfillment) => !fulfillment.canceled_at && fulfillment.delivered_at)
    .map((fulfillment) => new Date(fulfillment.delivered_at!).getTime())
  const startsFrom = deliveries.length ? "delivery" : "order_date"
  const start = deliveries.length ? Math.max(...deliveries) : new Date(order.created_at).getTime()
  const closesAt = new Date(start + windowDays * DAY_MS)
  return { starts_from: startsFrom as "delivery" | "order_date", closes_at: closesAt }
}

export function isWindowOpen(order: OrderForReturns, windowDays: number, now = new Date()) {
  return now.getTime() <= returnWindow(order, windowDays).closes_at.getTime()
}
