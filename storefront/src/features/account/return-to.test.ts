import { describe, expect, it } from "vitest";
import { safeReturnTo, signInHref, withReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeReturnTo("/account/orders?page=2")).toBe("/account/orders?page=2");
    expect(safeReturnTo("/products/candle#reviews")).toBe("/products/candle#reviews");
  });

  it.each([
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "account",
    "",
  ])("refuses %j", (value) => {
    expect(safeReturnTo(value)).toBe("/account");
  });

  it("refuses non-strings", () => {
    expect(safeReturnTo(undefined)).toBe("/account");
    expect(safeReturnTo(42)).toBe("/account");
  });

  it("does not send a signed-in shopper back to the sign-in pages or to API routes", () => {
    expect(safeReturnTo("/account/sign-in?return_to=/account")).toBe("/account");
    expect(safeReturnTo("/account/register")).toBe("/account");
    expect(safeReturnTo("/api/account/sign-out")).toBe("/account");
  });

  it("uses the given fallback", () => {
    expect(safeReturnTo("//evil.example", "/")).toBe("/");
  });
});

describe("signInHref", () => {
  it("remembers where the shopper was going", () => {
    expect(signInHref("/account/orders?page=2")).toBe("/account/sign-in?return_to=%2Faccount%2Forders%3Fpage%3D2");
  });

  it("leaves out the account home, where sign-in goes anyway", () => {
    expect(signInHref("/account")).toBe("/account/sign-in");
    expect(signInHref("//evil.example")).toBe("/account/sign-in");
  });
});

describe("withReturnTo", () => {
  it("passes the destination on to the registration page", () => {
    expect(withReturnTo("/account/register", "/checkout")).toBe("/account/register?return_to=%2Fcheckout");
    expect(withReturnTo("/account/register", "/account")).toBe("/account/register");
  });
});
