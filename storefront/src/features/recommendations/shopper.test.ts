import { describe, expect, it } from "vitest";
import { recommendationQuery } from "./recommendations-api";
import { shopperFrom } from "./shopper";

describe("shopperFrom", () => {
  const bearer = { authorization: "Bearer t" };

  it("uses the signed-in customer, never their old visitor id", () => {
    expect(shopperFrom(bearer, "yes", "visitor-0001-abcd")).toEqual({ headers: bearer });
  });

  it("uses a visitor's cookie id only while they consent", () => {
    expect(shopperFrom({}, "yes", "visitor-0001-abcd").anonymousId).toBe("visitor-0001-abcd");
    expect(shopperFrom({}, "no", "visitor-0001-abcd").anonymousId).toBeUndefined();
    expect(shopperFrom({}, undefined, "visitor-0001-abcd").anonymousId).toBeUndefined();
  });

  it("ignores a tampered visitor cookie", () => {
    expect(shopperFrom({}, "yes", "x';drop").anonymousId).toBeUndefined();
  });
});

describe("recommendationQuery", () => {
  it("sends the visitor id on personal rows only: product and cart rows are the same for everyone", () => {
    const anonymousId = "visitor-0001-abcd";
    expect(recommendationQuery({ placement: "home", anonymousId })).toEqual({ placement: "home", limit: 8, anonymous_id: anonymousId });
    expect(recommendationQuery({ placement: "recently_viewed", productIds: ["prod_1"], anonymousId, limit: 4 })).toEqual({
      placement: "recently_viewed",
      limit: 4,
      product_id: "prod_1",
      anonymous_id: anonymousId,
    });
    expect(recommendationQuery({ placement: "cart", productIds: ["prod_1", "prod_2", "prod_1"], anonymousId })).toEqual({
      placement: "cart",
      limit: 8,
      product_id: "prod_1,prod_2",
    });
  });
});
