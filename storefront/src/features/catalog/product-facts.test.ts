import { describe, expect, it } from "vitest";
import { productFacts } from "./product-facts";

describe("productFacts", () => {
  it("reads origin and materials from metadata", () => {
    expect(productFacts({ origin: "Made in our Lyon workshop", materials: "Stoneware" })).toEqual([
      { label: "Origin", value: "Made in our Lyon workshop" },
      { label: "Materials", value: "Stoneware" },
    ]);
  });

  it("joins a list of materials", () => {
    expect(productFacts({ materials: ["Oak", " linen ", 3, ""] })).toEqual([
      { label: "Materials", value: "Oak, linen" },
    ]);
  });

  it("skips missing, blank or non-text values", () => {
    expect(productFacts({ origin: "  ", materials: { a: 1 } })).toEqual([]);
    expect(productFacts(null)).toEqual([]);
    expect(productFacts(undefined)).toEqual([]);
  });
});
