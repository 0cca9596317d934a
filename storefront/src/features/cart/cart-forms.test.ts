import { describe, expect, it } from "vitest";
import { parseQuantity, readAddToCartForm, readLineQuantityForm } from "./cart-forms";

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

describe("parseQuantity", () => {
  it("accepts whole numbers from 1 to 99", () => {
    expect(parseQuantity("1")).toBe(1);
    expect(parseQuantity(" 99 ")).toBe(99);
  });

  it.each([["0"], ["100"], ["-1"], ["1.5"], ["two"], [""], ["1e2"]])("refuses %j", (value) => {
    expect(parseQuantity(value)).toBeUndefined();
  });

  it("accepts 0 where it means remove", () => {
    expect(parseQuantity("0", { allowZero: true })).toBe(0);
  });
});

describe("readAddToCartForm", () => {
  it("reads the variant, its product and the quantity, 1 by default", () => {
    expect(readAddToCartForm(formOf({ variant_id: "variant_1", product_id: "prod_1" }))).toEqual({
      ok: true,
      values: { variantId: "variant_1", productId: "prod_1", quantity: 1 },
    });
  });

  it("explains a bad quantity or a missing variant", () => {
    expect(readAddToCartForm(formOf({ variant_id: "variant_1", product_id: "prod_1", quantity: "500" }))).toEqual({
      ok: false,
      message: "Enter a quantity from 1 to 99.",
    });
    expect(readAddToCartForm(formOf({ quantity: "1" })).ok).toBe(false);
  });
});

describe("readLineQuantityForm", () => {
  it("treats 0 as removing the line", () => {
    expect(readLineQuantityForm(formOf({ line_id: "cali_1", quantity: "0" }))).toEqual({
      ok: true,
      values: { lineId: "cali_1", quantity: 0 },
    });
  });

  it("refuses a quantity that is not a number", () => {
    expect(readLineQuantityForm(formOf({ line_id: "cali_1", quantity: "lots" })).ok).toBe(false);
  });
});
