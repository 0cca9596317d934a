import { describe, expect, it } from "vitest";
import { freeDeliveryNudge, toMinorUnits } from "./free-delivery";

describe("freeDeliveryNudge", () => {
  it("says how much is missing below the threshold", () => {
    expect(freeDeliveryNudge(20.85, "eur")).toEqual({ kind: "short", threshold: 50, remaining: 29.15 });
  });

  it("counts in cents, so a one-cent gap is exactly one cent", () => {
    expect(50 - 49.99).not.toBe(0.01);
    expect(freeDeliveryNudge(49.99, "eur")).toEqual({ kind: "short", threshold: 50, remaining: 0.01 });
  });

  it("treats Medusa's long decimals by rounding to the cent", () => {
    expect(freeDeliveryNudge(49.995000000001, "eur")).toEqual({ kind: "reached", threshold: 50 });
    expect(freeDeliveryNudge(12.510000000000002, "eur")).toMatchObject({ remaining: 37.49 });
  });

  it("is reached at and above the threshold", () => {
    expect(freeDeliveryNudge(50, "eur")).toEqual({ kind: "reached", threshold: 50 });
    expect(freeDeliveryNudge(73.2, "GBP")).toEqual({ kind: "reached", threshold: 45 });
  });

  it("says nothing for a currency without a threshold", () => {
    expect(freeDeliveryNudge(10, "usd")).toBeUndefined();
  });

  it("counts the whole threshold for an empty cart", () => {
    expect(freeDeliveryNudge(0, "eur")).toEqual({ kind: "short", threshold: 50, remaining: 50 });
  });
});

describe("toMinorUnits", () => {
  it("rounds away float noise", () => {
    expect(toMinorUnits(4.35, 2)).toBe(435);
    expect(toMinorUnits(0.1 + 0.2, 2)).toBe(30);
  });
});
