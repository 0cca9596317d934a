import { describe, expect, it } from "vitest";
import type { HttpTypes } from "@medusajs/types";
import { canOfferReturn, fulfillmentStatusWording, orderProgressWording, paymentStatusWording } from "./order-status";
import { formatOrderDate, itemCount, orderNumber } from "./order-format";

type Statuses = Pick<HttpTypes.StoreOrder, "status" | "payment_status" | "fulfillment_status">;

const order = (statuses: Partial<Statuses>): Statuses => ({
  status: "pending",
  payment_status: "authorized",
  fulfillment_status: "not_fulfilled",
  ...statuses,
});

describe("order status wording", () => {
  it("describes a new order as being prepared", () => {
    expect(orderProgressWording(order({}))).toEqual({ label: "Being prepared", tone: "progress" });
  });

  it("follows the parcel", () => {
    expect(orderProgressWording(order({ fulfillment_status: "shipped" })).label).toBe("On its way");
    expect(orderProgressWording(order({ fulfillment_status: "delivered", payment_status: "captured" }))).toEqual({
      label: "Delivered",
      tone: "done",
    });
  });

  it("puts cancellation, problems and refunds first", () => {
    expect(orderProgressWording(order({ status: "canceled", fulfillment_status: "canceled" })).label).toBe("Cancelled");
    expect(orderProgressWording(order({ status: "requires_action" })).tone).toBe("attention");
    expect(orderProgressWording(order({ payment_status: "refunded", fulfillment_status: "delivered" })).label).toBe(
      "Refunded",
    );
    expect(orderProgressWording(order({ payment_status: "not_paid" })).label).toBe("Not paid yet");
  });

  it("words payment and delivery separately for the order page", () => {
    expect(paymentStatusWording(order({ payment_status: "captured" })).label).toBe("Paid");
    expect(paymentStatusWording(order({ payment_status: "authorized" })).label).toBe("Payment approved");
    expect(fulfillmentStatusWording(order({ fulfillment_status: "partially_shipped" })).label).toBe("Partly sent");
  });

  it("has a neutral wording for statuses it does not know", () => {
    const unknown = order({ payment_status: "in_orbit" as Statuses["payment_status"] });
    expect(paymentStatusWording(unknown)).toEqual({ label: "Being processed", tone: "neutral" });
  });
});

describe("canOfferReturn", () => {
  it("offers a return once something has been sent, unless the order was cancelled", () => {
    expect(canOfferReturn(order({ fulfillment_status: "not_fulfilled" }))).toBe(false);
    expect(canOfferReturn(order({ fulfillment_status: "delivered" }))).toBe(true);
    expect(canOfferReturn(order({ fulfillment_status: "partially_shipped" }))).toBe(true);
    expect(canOfferReturn(order({ status: "canceled", fulfillment_status: "canceled" }))).toBe(false);
  });
});

describe("formatOrderDate", () => {
  it("shows the day in the shop's time zone", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Lyon.
    expect(formatOrderDate("2026-12-31T23:30:00Z")).toBe("1 January 2027");
  });
});

describe("orderNumber and itemCount", () => {
  it("names an order by its display id", () => {
    expect(orderNumber({ id: "order_01", display_id: 1042 })).toBe("#1042");
  });

  it("counts every unit bought", () => {
    const items = [{ quantity: 2 }, { quantity: 3 }] as HttpTypes.StoreOrder["items"];
    expect(itemCount({ items })).toBe(5);
    expect(itemCount({ items: null })).toBe(0);
  });
});
