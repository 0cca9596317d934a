import { describe, expect, it } from "vitest";
import type { HttpTypes } from "@medusajs/types";
import { cartSummary } from "./cart-summary";

const totals = {
  currency_code: "eur",
  original_item_total: 13.9,
  discount_total: 0,
  original_shipping_total: 0,
  total: 13.9,
  tax_total: 0,
  shipping_methods: [],
  promotions: [],
} as unknown as HttpTypes.StoreCart;

const cart = (overrides: object) => ({ ...totals, ...overrides }) as unknown as HttpTypes.StoreCart;

describe("cartSummary", () => {
  it("shows the items and says delivery is chosen at checkout", () => {
    expect(cartSummary(totals)).toEqual({
      rows: [
        { label: "Items", value: "€13.90" },
        { label: "Delivery", value: "Chosen at checkout" },
      ],
      total: "€13.90",
    });
  });

  it("shows Medusa's discount with the codes that gave it", () => {
    const summary = cartSummary(cart({ discount_total: 1.39, total: 12.51, promotions: [{ id: "p", code: "WELCOME10" }] }));
    expect(summary.rows[1]).toEqual({ label: "Discount", value: "−€1.39", note: "WELCOME10" });
    expect(summary.total).toBe("€12.51");
  });

  it("shows the delivery price once chosen, Free when it costs nothing, and the VAT included", () => {
    const delivered = cartSummary(
      cart({ original_shipping_total: 4.9, total: 18.8, tax_total: 3.1333333, shipping_methods: [{ id: "sm" }] }),
    );
    expect(delivered.rows).toContainEqual({ label: "Delivery", value: "€4.90" });
    expect(delivered.taxNote).toBe("Including €3.13 VAT");
    expect(cartSummary(cart({ shipping_methods: [{ id: "sm" }] })).rows).toContainEqual({ label: "Delivery", value: "Free" });
  });
});
