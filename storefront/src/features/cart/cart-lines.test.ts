import { describe, expect, it } from "vitest";
import type { HttpTypes } from "@medusajs/types";
import { cartLineViews } from "./cart-lines";

function line(overrides: Partial<HttpTypes.StoreCartLineItem> = {}): HttpTypes.StoreCartLineItem {
  return {
    id: "cali_1",
    title: "White",
    product_title: "Hanging Heart T-Light Holder",
    product_handle: "hanging-heart",
    variant_id: "variant_1",
    variant_title: "White",
    quantity: 2,
    unit_price: 6.95,
    total: 13.9,
    original_total: 13.9,
    ...overrides,
  } as HttpTypes.StoreCartLineItem;
}

const stock = (inventory_quantity: number) =>
  new Map([["variant_1", { manage_inventory: true, allow_backorder: false, inventory_quantity }]]);

describe("cartLineViews", () => {
  it("formats Medusa's prices and links back to the product", () => {
    const [view] = cartLineViews({ items: [line()], currency_code: "eur" }, stock(50));
    expect(view).toEqual({
      id: "cali_1",
      title: "Hanging Heart T-Light Holder",
      variantTitle: "White",
      href: "/products/hanging-heart?variant=variant_1",
      quantity: 2,
      maxQuantity: 50,
      unitPrice: "€6.95",
      total: "€13.90",
    });
  });

  it("shows the line before promotions and the price before a sale", () => {
    const [view] = cartLineViews(
      { items: [line({ total: 12.51, compare_at_unit_price: 8.5 })], currency_code: "eur" },
      stock(50),
    );
    expect(view).toMatchObject({ total: "€12.51", originalTotal: "€13.90", compareAtUnitPrice: "€8.50" });
  });

  it("warns when the line asks for more than is left, and tells when few are left", () => {
    expect(cartLineViews({ items: [line({ quantity: 3 })], currency_code: "eur" }, stock(2))[0]!.stockNote).toEqual({
      kind: "warning",
      text: "Only 2 left. Please lower the quantity to order.",
    });
    expect(cartLineViews({ items: [line()], currency_code: "eur" }, stock(3))[0]!.stockNote).toEqual({
      kind: "info",
      text: "Only 3 left",
    });
  });

  it("leaves out Medusa's 'Default variant' title", () => {
    const [view] = cartLineViews({ items: [line({ variant_title: "Default variant" })], currency_code: "eur" }, new Map());
    expect(view!.variantTitle).toBeUndefined();
  });
});
