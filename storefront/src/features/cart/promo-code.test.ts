import { describe, expect, it } from "vitest";
import { findPromotion, promoCodeSpellings, promoOutcome, readPromoInput } from "./promo-code";

describe("readPromoInput", () => {
  it("trims the code", () => {
    expect(readPromoInput("  WELCOME10 ")).toEqual({ ok: true, code: "WELCOME10" });
  });

  it.each([[""], ["   "], [null], [undefined]])("asks for a code when given %j", (value) => {
    expect(readPromoInput(value)).toEqual({ ok: false, message: "Enter a promo code." });
  });

  it("refuses codes with spaces inside or too long", () => {
    expect(readPromoInput("WELCOME 10").ok).toBe(false);
    expect(readPromoInput("X".repeat(51)).ok).toBe(false);
  });
});

describe("promoCodeSpellings", () => {
  it("tries the code as typed, then in capitals", () => {
    expect(promoCodeSpellings("welcome10")).toEqual(["welcome10", "WELCOME10"]);
  });

  it("does not try the same spelling twice", () => {
    expect(promoCodeSpellings("WELCOME10")).toEqual(["WELCOME10"]);
  });
});

describe("promoOutcome", () => {
  it("is applied when the code is on the cart afterwards", () => {
    expect(promoOutcome("WELCOME10", [{ code: "WELCOME10" }])).toEqual({ kind: "applied", code: "WELCOME10" });
  });

  it("names the code as the cart spells it", () => {
    expect(promoOutcome("welcome10", [{ code: "WELCOME10" }])).toEqual({ kind: "applied", code: "WELCOME10" });
  });

  it("is rejected when Medusa silently ignored the code", () => {
    expect(promoOutcome("SUMMER", [{ code: "WELCOME10" }])).toEqual({
      kind: "rejected",
      message: "This code can't be used: SUMMER is not valid for this cart.",
    });
    expect(promoOutcome("SUMMER", undefined).kind).toBe("rejected");
  });

  it("passes on the backend's reason when it gave one", () => {
    expect(promoOutcome("OLD", [], "OLD expired on 2026-01-31.")).toEqual({
      kind: "rejected",
      message: "This code can't be used: OLD expired on 2026-01-31.",
    });
  });
});

describe("findPromotion", () => {
  it("matches codes whatever their capitalisation", () => {
    const promotion = { id: "promo_1", code: "WELCOME10" };
    expect(findPromotion([promotion], "Welcome10")).toBe(promotion);
    expect(findPromotion([promotion], "OTHER")).toBeUndefined();
  });
});
