import { describe, expect, it } from "vitest";
import { safeReturnPath, sameSitePath } from "./safe-return-path";

/** Where a browser goes when it follows `location` from a page of the shop. */
const followedFrom = (location: string) => new URL(location, "https://shop.example/account/sign-in");

describe("safeReturnPath", () => {
  it.each(["/", "/account/orders?page=2", "/products/candle#reviews", "/search?q=%2F%2Fnot-a-host", "/products/a%2Fb"])(
    "keeps the same-site path %j",
    (value) => {
      expect(safeReturnPath(value)).toBe(value);
    },
  );

  it("normalises dot segments that stay on the site", () => {
    expect(safeReturnPath("/account/./orders/../profile")).toBe("/account/profile");
  });

  it.each([
    "/.//evil.example",
    "/./\\evil.example",
    "/a/..//evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%2F%5Cevil.example",
    "https://evil.example",
    "http:evil.example",
    "HTTPS://evil.example/account",
    "javascript:alert(1)",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    " //evil.example",
    "\t//evil.example",
    "/%E0%A4%A",
    "account",
    "",
  ])("refuses %j and falls back to the home page", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it.each([undefined, null, 42, {}, ["/account"]])("refuses the non-string %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeReturnPath("//evil.example", "/stores")).toBe("/stores");
  });

  it("never returns anything a browser would follow off the site", () => {
    const attempts = ["/.//evil.example", "//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "/\t/evil.example", "/./../..//evil.example"];
    for (const attempt of attempts) {
      expect(followedFrom(safeReturnPath(attempt)).host).toBe("shop.example");
    }
  });
});

describe("sameSitePath", () => {
  it("gives the parsed URL of a same-site path and nothing for another site", () => {
    expect(sameSitePath("/account?x=1")?.pathname).toBe("/account");
    expect(sameSitePath("/.//evil.example")).toBeUndefined();
  });
});
