import { describe, expect, it } from "vitest";
import { cheapestPrice, variantPrice } from "./pricing";
import { makeProduct, makeVariant } from "./test-fixtures";

describe("variantPrice", () => {
  it("reads the calculated price and currency", () => {
    expect(variantPrice(makeVariant("v1", { price: 4.9 }))).toEqual({ amount: 4.9, currencyCode: "eur" });
  });

  it("is undefined when the variant has no price in the region", () => {
    expect(variantPrice(makeVariant("v1"))).toBeUndefined();
  });

  it("keeps the original amount when the shopper pays less", () => {
    const variant = makeVariant("v1", { price: 8 });
    variant.calculated_price!.original_amount = 10;
    expect(variantPrice(variant)).toEqual({ amount: 8, currencyCode: "eur", originalAmount: 10 });
  });

  it("treats a zero price as a price", () => {
    expect(variantPrice(makeVariant("v1", { price: 0 }))?.amount).toBe(0);
  });
});

describe("cheapestPrice", () => {
  it("picks the lowest variant price and notes that prices vary", () => {
    const product = makeProduct("p", [makeVariant("a", { price: 12 }), makeVariant("b", { price: 9.5 })]);
    expect(cheapestPrice(product)).toMatchObject({ amount: 9.5, variesByVariant: true });
  });

  it("does not say 'from' when all variants cost the same", () => {
    const product = makeProduct("p", [makeVariant("a", { price: 5 }), makeVariant("b", { price: 5 })]);
    expect(cheapestPrice(product)?.variesByVariant).toBe(false);
  });

  it("ignores unpriced variants and returns nothing when none is priced", () => {
    expect(cheapestPrice(makeProduct("p", [makeVariant("a"), makeVariant("b", { price: 3 })]))?.amount).toBe(3);
    expect(cheapestPrice(makeProduct("p", [makeVariant("a")]))).toBeUndefined();
    expect(cheapestPrice(makeProduct("p", []))).toBeUndefined();
  });
});
