import { describe, expect, it } from "vitest";
import type { HttpTypes } from "@medusajs/types";
import { hasChoices, pickerOptions, pickerVariant } from "./product-view";
import { makeProduct, makeVariant } from "./test-fixtures";

describe("pickerOptions", () => {
  it("lists each option's distinct values in rank order", () => {
    const product = makeProduct("p", [], {
      options: [
        {
          id: "opt_colour",
          title: "Colour",
          values: [
            { id: "v2", value: "Blue", rank: 2 },
            { id: "v1", value: "Red", rank: 1 },
            { id: "v3", value: "Blue", rank: 3 },
          ],
        } as HttpTypes.StoreProductOption,
      ],
    });
    expect(pickerOptions(product)).toEqual([{ id: "opt_colour", title: "Colour", values: ["Red", "Blue"] }]);
  });
});

describe("pickerVariant", () => {
  it("formats the price and words the stock", () => {
    const variant = makeVariant("v", { price: 4.9, inventory_quantity: 2, optionValues: { opt_colour: "Red" } });
    expect(pickerVariant(variant)).toEqual({
      id: "v",
      title: "v",
      options: { opt_colour: "Red" },
      price: "€4.90",
      stock: { level: "low-stock", label: "Only 2 left" },
      maxQuantity: 2,
    });
  });

  it("does not limit the quantity of variants whose stock is not tracked", () => {
    expect(pickerVariant(makeVariant("v", { manage_inventory: false })).maxQuantity).toBeUndefined();
  });

  it("includes the original price of a discounted variant", () => {
    const variant = makeVariant("v", { price: 8, currency: "gbp" });
    variant.calculated_price!.original_amount = 10;
    expect(pickerVariant(variant)).toMatchObject({ price: "£8.00", originalPrice: "£10.00" });
  });

  it("carries a colour's own picture from the variant's metadata, and nothing else from it", () => {
    expect(pickerVariant(makeVariant("v", { metadata: { image: "https://shop.test/static/products/mat-red.svg" } })).image).toBe(
      "https://shop.test/static/products/mat-red.svg",
    );
    expect(pickerVariant(makeVariant("v", { metadata: { image: 42 } })).image).toBeUndefined();
    expect(pickerVariant(makeVariant("v")).image).toBeUndefined();
  });

  it("leaves the price out when the region has none", () => {
    expect(pickerVariant(makeVariant("v")).price).toBeUndefined();
  });
});

describe("hasChoices", () => {
  it("is true only when some option has more than one value", () => {
    expect(hasChoices([{ id: "o", title: "Colour", values: ["Red", "Blue"] }])).toBe(true);
    expect(hasChoices([{ id: "o", title: "Colour", values: ["Red"] }])).toBe(false);
    expect(hasChoices([])).toBe(false);
  });
});
