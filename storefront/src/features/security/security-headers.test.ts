import { describe, expect, it } from "vitest";
import { isPrivatePath, securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  it("sends nosniff, the referrer policy and no framing, and HSTS only over https", () => {
    expect(securityHeaders(false)).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(securityHeaders(true)["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
  });
});

describe("isPrivatePath", () => {
  it.each(["/account", "/account/orders/order_1", "/order/confirmed/order_1", "/staff", "/staff/pickups", "/checkout", "/cart", "/api/account/sign-out", "/api/cart/line-items"])(
    "keeps %s out of caches",
    (path) => expect(isPrivatePath(path)).toBe(true),
  );

  it.each(["/", "/products", "/products/candle", "/search", "/accounting", "/stores", "/api/search/suggest"])("lets %s be cached", (path) => {
    expect(isPrivatePath(path)).toBe(false);
  });
});
