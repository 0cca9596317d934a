import { describe, expect, it } from "vitest";
import { isMalformedPath, malformedPathResponse } from "./malformed-path";

describe("isMalformedPath", () => {
  it.each(["/products/%00", "/order/confirmed/order_%00x", "/account/orders/%0A", "/products/%7F", "/products/%E0%A4%A", "/search/%"])("refuses %s", (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each(["/", "/products/candle", "/products/caf%C3%A9", "/search", "/products/a%2Fb"])("lets %s through", (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });

  it("answers 400 with a message", async () => {
    const response = malformedPathResponse();
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/check the link/);
  });
});
