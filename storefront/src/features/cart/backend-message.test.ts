import { beforeEach, describe, expect, it, vi } from "vitest";
import { refusalMessage, shopperMessage, TRY_AGAIN } from "./backend-message";

/** The SDK's FetchError is an Error with the HTTP status. */
const fetchError = (message: string, status: number) => Object.assign(new Error(message), { status });

// Failures other than refusals are logged; the tests need not show them.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});

describe("shopperMessage", () => {
  it("shows the backend's message for a 4xx answer", () => {
    expect(shopperMessage(fetchError("Some variant does not have the required inventory", 400))).toBe(
      "Some variant does not have the required inventory",
    );
  });

  it("never shows the text of a server error or an outage", () => {
    expect(shopperMessage(fetchError("relation cart does not exist at …", 500))).toBe(TRY_AGAIN);
    expect(shopperMessage(new TypeError("fetch failed"))).toBe(TRY_AGAIN);
    expect(shopperMessage(new Error("internal detail"))).toBe(TRY_AGAIN);
  });
});

describe("refusalMessage", () => {
  it("is undefined for anything but a 4xx with a message", () => {
    expect(refusalMessage(fetchError("", 400))).toBeUndefined();
    expect(refusalMessage(fetchError("Conflict", 409))).toBe("Conflict");
    expect(refusalMessage("400")).toBeUndefined();
  });
});
