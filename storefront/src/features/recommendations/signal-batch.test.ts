import { describe, expect, it } from "vitest";
import { hasConsent, MAX_SIGNALS, readSignalBatch } from "./signal-batch";

describe("readSignalBatch", () => {
  it("keeps views and add-to-carts of well-formed product ids, once each", () => {
    const body = {
      signals: [
        { type: "view", product_id: "prod_1" },
        { type: "view", product_id: "prod_1" },
        { type: "add_to_cart", product_id: "prod_2" },
        { type: "purchase", product_id: "prod_3" },
        { type: "view", product_id: "'; drop table" },
        null,
      ],
    };
    expect(readSignalBatch(body)).toEqual([
      { type: "view", product_id: "prod_1" },
      { type: "add_to_cart", product_id: "prod_2" },
    ]);
  });

  it("caps a batch and ignores bodies that are not batches", () => {
    const many = { signals: Array.from({ length: 80 }, (_, i) => ({ type: "view", product_id: `prod_${i}` })) };
    expect(readSignalBatch(many)).toHaveLength(MAX_SIGNALS);
    expect(readSignalBatch(null)).toEqual([]);
    expect(readSignalBatch({ signals: "view" })).toEqual([]);
  });
});

describe("hasConsent", () => {
  it("is given only by consent_personalisation=yes", () => {
    expect(hasConsent("yes")).toBe(true);
    expect(hasConsent("no")).toBe(false);
    expect(hasConsent(undefined)).toBe(false);
  });
});
