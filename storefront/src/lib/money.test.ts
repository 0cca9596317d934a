import { describe, expect, it } from "vitest";
import { currencySymbol, formatMoney } from "./money";

describe("formatMoney", () => {
  it("formats major-unit euro amounts with two decimals", () => {
    expect(formatMoney(4.9, "eur")).toBe("€4.90");
  });

  it("formats pounds and accepts upper-case currency codes", () => {
    expect(formatMoney(12, "GBP")).toBe("£12.00");
  });

  it("groups thousands", () => {
    expect(formatMoney(1234.5, "eur")).toBe("€1,234.50");
  });

  it("rounds to the currency's minor unit instead of showing float noise", () => {
    expect(formatMoney(0.1 + 0.2, "eur")).toBe("€0.30");
  });

  it("formats zero", () => {
    expect(formatMoney(0, "gbp")).toBe("£0.00");
  });
});

describe("currencySymbol", () => {
  it("returns the symbol for a currency code", () => {
    expect(currencySymbol("eur")).toBe("€");
    expect(currencySymbol("gbp")).toBe("£");
  });
});
