import { describe, expect, it } from "vitest";
import { findVariant, initialVariant, optionSelectionOf, variantForChoice } from "./variant-selection";
import { makeVariant } from "./test-fixtures";

const variants = [
  { id: "red-small", options: { colour: "Red", size: "Small" } },
  { id: "red-large", options: { colour: "Red", size: "Large" } },
  { id: "blue-small", options: { colour: "Blue", size: "Small" } },
];

describe("optionSelectionOf", () => {
  it("maps a Store API variant's option values by option id", () => {
    const variant = makeVariant("v", { optionValues: { opt_colour: "Red", opt_size: "Large" } });
    expect(optionSelectionOf(variant)).toEqual({ opt_colour: "Red", opt_size: "Large" });
  });

  it("handles variants without options", () => {
    expect(optionSelectionOf({ options: null })).toEqual({});
  });
});

describe("findVariant", () => {
  it("finds the variant matching every chosen value", () => {
    expect(findVariant(variants, { colour: "Red", size: "Large" })?.id).toBe("red-large");
  });

  it("returns nothing for a combination that does not exist", () => {
    expect(findVariant(variants, { colour: "Blue", size: "Large" })).toBeUndefined();
  });
});

describe("variantForChoice", () => {
  it("keeps the other choices when that combination exists", () => {
    expect(variantForChoice(variants, variants[1]!.options, "size", "Small")?.id).toBe("red-small");
  });

  it("falls back to any variant with the chosen value", () => {
    expect(variantForChoice(variants, variants[1]!.options, "colour", "Blue")?.id).toBe("blue-small");
  });

  it("returns nothing for a value no variant has", () => {
    expect(variantForChoice(variants, {}, "colour", "Green")).toBeUndefined();
  });
});

describe("initialVariant", () => {
  it("uses the variant from the query string", () => {
    expect(initialVariant(variants, "blue-small")?.id).toBe("blue-small");
  });

  it("falls back to the first variant for a missing or unknown id", () => {
    expect(initialVariant(variants, null)?.id).toBe("red-small");
    expect(initialVariant(variants, "nope")?.id).toBe("red-small");
  });

  it("returns nothing for a product without variants", () => {
    expect(initialVariant([], "x")).toBeUndefined();
  });
});
