import { describe, expect, it } from "vitest";
import { chooseRegion, safeReturnPath } from "./region-choice";

const uk = { id: "reg_uk", name: "United Kingdom", currency_code: "gbp" };
const europe = { id: "reg_eu", name: "Europe", currency_code: "eur" };

describe("chooseRegion", () => {
  it("uses the region the shopper picked", () => {
    expect(chooseRegion([uk, europe], "reg_uk")).toBe(uk);
  });

  it("defaults to the first euro region", () => {
    expect(chooseRegion([uk, europe])).toBe(europe);
  });

  it("ignores a cookie naming a region that no longer exists", () => {
    expect(chooseRegion([uk, europe], "reg_gone")).toBe(europe);
  });

  it("falls back to the first region when none uses euros", () => {
    expect(chooseRegion([uk])).toBe(uk);
  });

  it("returns nothing when the backend has no regions", () => {
    expect(chooseRegion([])).toBeUndefined();
  });

  it("matches the currency code case-insensitively", () => {
    const upper = { ...europe, currency_code: "EUR" };
    expect(chooseRegion([uk, upper])).toBe(upper);
  });
});

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/products?page=2")).toBe("/products?page=2");
  });

  it.each([["https://evil.example/"], ["//evil.example"], ["/\\evil.example"], ["/\t/evil.example"], ["products"], [null], [42]])(
    "replaces %j with the home page",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
